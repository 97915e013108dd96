package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads each printed summary back as a user would and checks that its columns add up to its
 * own totals: a renderer that drops, repeats or misprints a row cannot pass.
 */
class ColumnsAddUpTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Network> networks() {
    List<Network> all = new ArrayList<>(SampleNetworks.all());
    all.addAll(RandomNetworks.some(20, 7));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void textParamsSharesAndMacsAddUpToTheTotalsLines(Network network) {
    String text = SummaryFormat.TEXT.render(Counts.of(network));
    String[] lines = text.split("\n");
    String header = lines[2];
    int paramsEnd = header.indexOf("Params") + "Params".length();
    int shareEnd = header.indexOf("% of total") + "% of total".length();
    int macsEnd = header.indexOf("MACs") + "MACs".length();
    long params = 0;
    double share = 0;
    long macs = 0;
    boolean macsKnown = true;
    int rows = 0;
    for (int i = 4; !lines[i].startsWith("="); i++, rows++) {
      params += number(lastToken(lines[i].substring(0, paramsEnd)));
      share += Double.parseDouble(lastToken(lines[i].substring(0, shareEnd)).replace("%", ""));
      String m = lastToken(lines[i].substring(0, macsEnd));
      if (m.equals("?")) macsKnown = false; else macs += number(m);
    }
    assertEquals(network.size(), rows);
    assertEquals(params, totalLine(text, "Total params:"));
    assertEquals(totalLine(text, "Total params:"),
        totalLine(text, "Trainable params:") + totalLine(text, "Non-trainable params:"));
    assertEquals(4 * params, totalLine(text, "Params at float32:"));
    if (macsKnown) assertEquals(macs, totalLine(text, "Total MACs:"));
    else assertTrue(text.contains("Total MACs:") && text.lines().anyMatch(l -> l.matches("Total MACs: +\\?")));
    if (params > 0) assertEquals(100.0, share, 0.01 * rows + 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void jsonLayersAddUpToItsTotals(Network network) throws Exception {
    String json = SummaryFormat.JSON.render(Counts.of(network));
    assertEquals(1, json.split("\n").length);
    JsonNode root = JSON.readTree(json);
    long params = 0;
    long trainable = 0;
    long macs = 0;
    boolean macsKnown = true;
    for (JsonNode layer : root.get("layers")) {
      params += layer.get("params").asLong();
      trainable += layer.get("trainableParams").asLong();
      if (layer.get("macs").isNull()) macsKnown = false; else macs += layer.get("macs").asLong();
      assertTrue(layer.get("outputShape").get(0).isNull(), "the batch dimension is null");
    }
    assertEquals(network.size(), root.get("layers").size());
    assertEquals(params, root.get("totalParams").asLong());
    assertEquals(trainable, root.get("trainableParams").asLong());
    assertEquals(params - trainable, root.get("nonTrainableParams").asLong());
    if (macsKnown) assertEquals(macs, root.get("totalMacs").asLong());
    else assertTrue(root.get("totalMacs").isNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void csvRowsAddUpToTheCountedTotalsAndParseBackByRfc4180(Network network) {
    Counts counts = Counts.of(network);
    List<List<String>> records = parseCsv(SummaryFormat.CSV.render(counts));
    assertEquals(CsvSummary.HEADER, records.get(0));
    long params = 0;
    long trainable = 0;
    long nonTrainable = 0;
    for (List<String> r : records.subList(1, records.size())) {
      assertEquals(CsvSummary.HEADER.size(), r.size());
      params += Long.parseLong(r.get(4));
      trainable += Long.parseLong(r.get(5));
      nonTrainable += Long.parseLong(r.get(6));
      assertTrue(r.get(3).startsWith("(None"), r.get(3));
    }
    assertEquals(network.size(), records.size() - 1);
    assertEquals(counts.totalParams(), params);
    assertEquals(counts.trainableParams(), trainable);
    assertEquals(counts.nonTrainableParams(), nonTrainable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void classicRowsAddUpToItsTotalLine(Network network) {
    String classic = SummaryFormat.CLASSIC.render(Counts.of(network));
    long params = 0;
    int rows = 0;
    for (String line : classic.split("\n")) {
      if (line.length() == 65 && !line.startsWith("Layer (type)") && line.charAt(0) != '_' && line.charAt(0) != '=') {
        String cell = line.substring(55).strip();
        if (cell.length() < 10) params += Long.parseLong(cell); // longer ones are cut at column 65
        else params = Long.MIN_VALUE;
        rows++;
      }
    }
    assertEquals(network.size(), rows);
    if (params >= 0) assertEquals(params, totalLine(classic, "Total params:"));
  }

  private static String lastToken(String s) {
    String[] parts = s.strip().split(" +");
    return parts[parts.length - 1];
  }

  private static long number(String grouped) {
    return Long.parseLong(grouped.replace(",", ""));
  }

  private static long totalLine(String text, String label) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + " +([0-9,]+)").matcher(text);
    assertTrue(m.find(), label + " in\n" + text);
    return number(m.group(1));
  }

  /** A small RFC 4180 reader, written from the RFC, to read our CSV back. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else if (c == '\r' || c == '\n') {
        assertNotNull(null, "a bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
    }
    assertEquals(0, field.length() + record.size(), "the last record ends with CRLF");
    return records;
  }
}

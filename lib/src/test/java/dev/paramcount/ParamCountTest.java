package dev.paramcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.report.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front door a notebook reaches first: each call hands off and gives what the notebook prints. */
class ParamCountTest {

  @Test
  void presetsAreListedAndBuiltByName() {
    assertEquals(List.of("keras-seed", "keras-fixed", "single-tower", "paper", "paper-224", "torchvision"),
        ParamCount.presets());
    assertEquals(60_965_224L, ParamCount.count(ParamCount.preset("paper")).totalParams());
    ModelException e = assertThrows(ModelException.class, () -> ParamCount.preset("vgg"));
    assertTrue(e.getMessage().contains("\"vgg\""), e.getMessage());
  }

  @Test
  void classicSummaryOfTheSeedIsTheQuestionsSummary() {
    assertEquals(Golden.read("keras-seed.classic.txt"), ParamCount.classicSummary(ParamCount.preset("keras-seed")));
  }

  @Test
  void summaryAndJsonAreTheTextAndJsonFormats() {
    Network paper = ParamCount.preset("paper");
    assertEquals(Golden.read("paper.text.txt"), ParamCount.summary(paper));
    assertEquals(Golden.read("paper.json"), ParamCount.json(paper));
  }

  @Test
  void explanationsAreTheRenderedFacts() {
    assertEquals(Golden.read("explain.bridge.txt"), ParamCount.explain());
    assertEquals(Golden.read("explain.neurons.txt"), ParamCount.explainNeurons());
    assertEquals(Golden.read("explain.input-size.txt"), ParamCount.explainInputSizes());
    assertEquals(659_272L, ParamCount.neurons().countedTotal());
    assertEquals(49_430_888L, ParamCount.inputSizes().get(1).totalParams());
    assertEquals(35_287_040L, ParamCount.bridge().totalDelta());
  }

  @Test
  void compareNamesTheDifferencesOfAnyTwoNetworks() {
    Network seed = ParamCount.preset("keras-seed");
    Network tweaked = seed.withUnits("dense", 2048);
    long denseDelta = (256L * 2048 + 2048) - (256L * 4096 + 4096);
    long dense1Delta = (2048L * 4096 + 4096) - (4096L * 4096 + 4096); // its input shrank upstream
    assertEquals(denseDelta + dense1Delta, ParamCount.comparison(seed, tweaked).totalDelta());
    assertTrue(ParamCount.compare(seed, tweaked).contains("dense (Dense): units 4096 \u2192 2048"));
  }

  @Test
  void kerasReadsAModelFileWithAnOptionalInputShape() {
    Path seed = Path.of("src", "test", "resources", "fixtures", "keras3", "seed.model.json");
    assertEquals(25_678_184L, ParamCount.count(ParamCount.keras(seed)).totalParams());
    Network at224 = ParamCount.keras(seed, Shape.parse("224x224x3"));
    assertEquals(Shape.of(224, 224, 3), at224.input());
  }
}

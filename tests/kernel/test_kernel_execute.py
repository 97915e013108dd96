"""Running cells: values, declarations, output streams, display and images."""

from kernel_harness import png_size


def test_the_last_expression_is_the_cells_text_plain_value(kernel):
    assert kernel.value("1 + 2") == "3"
    assert kernel.value('"six" + "ty"') == "sixty"
    assert kernel.value("java.util.List.of(1, 2)") == "[1, 2]"


def test_declarations_persist_and_only_expressions_have_a_value(kernel):
    result = kernel.ok("int apples = 4;\nint pears = 5;")
    assert result.of_type("execute_result") == []
    assert kernel.value("apples * pears") == "20"
    assert kernel.value("int total = apples + pears;\ntotal") == "9"


def test_methods_classes_imports_and_redefinitions(kernel):
    kernel.ok("int twice(int x) { return 2 * x; }")
    assert kernel.value("twice(21)") == "42"
    kernel.ok("int twice(int x) { return x + x + 1; }")
    assert kernel.value("twice(21)") == "43"
    kernel.ok("class Box { int v = 1; public String toString() { return \"Box\" + v; } }")
    assert kernel.value("new Box()") == "Box1"
    kernel.ok("class Box { int v = 2; public String toString() { return \"Box\" + v; } }")
    assert kernel.value("new Box()") == "Box2"
    kernel.ok("import java.util.stream.Collectors;")
    assert kernel.value('List.of("a", "b").stream().collect(Collectors.joining("+"))') == "a+b"


def test_ijava_default_imports_are_there(kernel):
    assert kernel.value("new ArrayList<Integer>(List.of(3, 1)).size()") == "2"
    assert kernel.value('new BigDecimal("1.50").scale()') == "2"
    assert kernel.value('Pattern.compile("a+").matcher("caat").find()') == "true"


def test_a_null_value_shows_nothing(kernel):
    assert kernel.ok("String nothing = null;\nnothing").of_type("execute_result") == []


def test_stdout_and_stderr_go_to_their_streams(kernel):
    result = kernel.ok('System.out.println("to out");\nSystem.err.println("to err");\nprintf("%d%%%n", 50);')
    assert result.stream("stdout") == "to out\n50%\n"
    assert result.stream("stderr") == "to err\n"


def test_output_is_streamed_while_the_cell_runs(kernel):
    result = kernel.ok('System.out.println("first");\nThread.sleep(1500);\nSystem.out.println("second");')
    arrivals = {m["content"]["text"]: t for t, m in result.messages if m["msg_type"] == "stream"}
    assert set(arrivals) == {"first\n", "second\n"}, result.messages
    assert arrivals["second\n"] - arrivals["first\n"] > 1.0


def test_output_without_a_newline_is_not_held_back(kernel):
    result = kernel.ok('System.out.print("working...");\nThread.sleep(1500);\n"done"')
    [(printed_at, _)] = [(t, m) for t, m in result.messages if m["msg_type"] == "stream"]
    assert result.replied_at - printed_at > 1.0


def test_non_ascii_text_survives(kernel):
    result = kernel.ok('System.out.println("227×227×3 → 55×55×96");\n"µ"')
    assert result.stream("stdout") == "227×227×3 → 55×55×96\n"
    assert result.result["text/plain"] == "µ"


def test_a_buffered_image_value_is_shown_as_png(kernel):
    result = kernel.ok(
        "import java.awt.image.BufferedImage;\n"
        "var img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);\n"
        "img.setRGB(3, 4, 0xff0000);\n"
        "img"
    )
    data = result.result
    assert png_size(data["image/png"]) == (40, 30)
    assert "text/plain" in data


def test_display_publishes_right_away_and_returns_an_id(kernel):
    result = kernel.ok(
        "var chart = new java.awt.image.BufferedImage(12, 7, java.awt.image.BufferedImage.TYPE_INT_ARGB);\n"
        'String id = display(chart);\n'
        'display("<b>bold</b>", "text/html");\n'
        "id.length()"
    )
    shown = result.of_type("display_data")
    assert len(shown) == 2
    assert png_size(shown[0]["content"]["data"]["image/png"]) == (12, 7)
    assert shown[1]["content"]["data"]["text/html"] == "<b>bold</b>"
    assert shown[0]["content"]["transient"]["display_id"]
    assert result.result["text/plain"] == "36"


def test_render_as_the_last_expression_becomes_the_result(kernel):
    data = kernel.ok('render("**hi**", "text/markdown")').result
    assert data["text/markdown"] == "**hi**"


def test_update_display_replaces_an_earlier_display(kernel):
    result = kernel.ok('String counter = display("3");\nupdateDisplay(counter, "2");')
    assert [m["content"]["data"]["text/plain"] for m in result.of_type("display_data", "update_display_data")] == ["3", "2"]
    assert result.of_type("update_display_data")[0]["content"]["transient"]["display_id"] is not None

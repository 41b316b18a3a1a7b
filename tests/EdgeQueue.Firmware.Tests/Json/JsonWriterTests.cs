using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Tests.Json;

public sealed class JsonWriterTests
{
    [Fact]
    public void ToString_ObjectWithEveryKind_CompactJson()
    {
        var text = new JsonWriter().BeginObject()
            .Property("s", "A017")
            .Property("n", 310L)
            .Property("b", true)
            .OptionalProperty("skip", null)
            .BeginObject("o").Property("x", -1L).EndObject()
            .EndObject()
            .ToString();

        Assert.Equal("{\"s\":\"A017\",\"n\":310,\"b\":true,\"o\":{\"x\":-1}}", text);
    }

    [Fact]
    public void Property_StringNeedingEscapes_EscapedPerRfc8259AndReadBack()
    {
        const string Value = "cudzysłów \" ukośnik \\ nowa\nlinia\ttab \u0001 żółw";

        var text = new JsonWriter().BeginObject().Property("v", Value).EndObject().ToString();

        Assert.Contains("\\u0001", text, StringComparison.Ordinal);
        Assert.Contains("żółw", text, StringComparison.Ordinal);
        Assert.True(JsonReader.TryParseObject(text, out var json, out var error), error);
        Assert.Equal(Value, json.Get("v"));
        Assert.Equal(Value, System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("v").GetString());
    }
}

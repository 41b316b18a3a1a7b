using System.Collections;
using System.Text;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Tests.Json;

public sealed class JsonReaderTests
{
    [Fact]
    public void TryParseObject_NestedValues_ReadsEveryType()
    {
        var ok = JsonReader.TryParseObject(
            " {\"s\":\"Kategoria B jest zamkni\\u0119ta\",\"n\":-42,\"d\":1.5e2,\"t\":true,\"f\":false,\"z\":null,\"o\":{\"a\":\"x\"},\"l\":[1,\"two\",[]]} ",
            out var json,
            out var error);

        Assert.True(ok, error);
        Assert.Equal("Kategoria B jest zamknięta", json.Get("s"));
        Assert.Equal(-42L, json.Get("n"));
        Assert.Equal(150.0, json.Get("d"));
        Assert.Equal(true, json.Get("t"));
        Assert.Equal(false, json.Get("f"));
        Assert.Same(JsonNull.Value, json.Get("z"));
        Assert.Equal("x", ((JsonObject)json.Get("o")).Get("a"));
        var list = (ArrayList)json.Get("l");
        Assert.Equal(3, list.Count);
        Assert.Null(json.Get("missing"));
        Assert.Equal(["s", "n", "d", "t", "f", "z", "o", "l"], json.Names);
    }

    [Fact]
    public void TryParseObject_Utf8PolishLettersAndEscapes_Decoded()
    {
        var payload = Encoding.UTF8.GetBytes("{\"m\":\"Żółć \\\"cytat\\\" \\\\ \\/ \\n\"}");

        Assert.True(JsonReader.TryParseObject(payload, out var json, out var error), error);
        Assert.Equal("Żółć \"cytat\" \\ / \n", json.Get("m"));
    }

    [Theory]
    [InlineData("", "payload is empty")]
    [InlineData("   ", "payload is empty")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{\"a\":1,}", "expected a property name")]
    [InlineData("{\"a\":[1,]}", "unexpected character ']'")]
    [InlineData("{'a':1}", "expected a property name in double quotes")]
    [InlineData("{\"a\":1} x", "unexpected text after the object")]
    [InlineData("{\"a\":1 /* c */}", "expected ',' or '}'")]
    [InlineData("{\"a\":01}", "leading zeros")]
    [InlineData("{\"a\":\"x}", "unterminated string")]
    [InlineData("{\"a\":\"\\q\"}", "invalid escape '\\q'")]
    [InlineData("{\"a\":\"\\u12\"}", "four hex digits")]
    [InlineData("{\"a\":tru}", "expected true")]
    [InlineData("{\"a\":-}", "a number needs digits")]
    [InlineData("{\"a\":1.}", "digits after '.'")]
    [InlineData("{\"a\"1}", "expected ':' after property name \"a\"")]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":1}}}}}}}}}", "nesting deeper than 8")]
    [InlineData("{\"a\":\"tab\there\"}", "control character")]
    public void TryParseObject_MalformedJson_ExplainsWhatAndWhere(string text, string expected)
    {
        var ok = JsonReader.TryParseObject(text, out var json, out var error);

        Assert.False(ok);
        Assert.Null(json);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseObject_PayloadOverLimit_RefusedBeforeParsing()
    {
        var payload = Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', JsonReader.MaxBytes) + "\"}");

        Assert.False(JsonReader.TryParseObject(payload, out _, out var error));
        Assert.Contains("exceeds 8192", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseObject_InvalidUtf8_Refused()
    {
        Assert.False(JsonReader.TryParseObject(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' }, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void TryParseObject_HugeInteger_ReadAsDouble()
    {
        Assert.True(JsonReader.TryParseObject("{\"a\":12345678901234567890}", out var json, out var error), error);
        Assert.IsType<double>(json.Get("a"));
    }
}

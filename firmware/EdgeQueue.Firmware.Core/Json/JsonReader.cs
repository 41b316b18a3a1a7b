using System;
using System.Collections;
using System.Text;

namespace EdgeQueue.Firmware.Core.Json
{
    /// <summary>
    /// A small, strict JSON reader (RFC 8259) for the contract's hub → device messages. It refuses
    /// what the hub's System.Text.Json would refuse (comments, trailing commas, single quotes, bad
    /// escapes, trailing text) and explains where. Depth and size are bounded so a bad message
    /// cannot exhaust the device's memory.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>Largest payload read on the device; the contract's messages are a few hundred bytes.</summary>
        public const int MaxBytes = 8 * 1024;

        /// <summary>Deepest nesting of objects and arrays accepted.</summary>
        public const int MaxDepth = 8;

        private readonly string _text;
        private int _pos;
        private int _depth;

        private JsonReader(string text)
        {
            _text = text;
        }

        /// <summary>Parses a UTF-8 payload that must hold one JSON object.</summary>
        public static bool TryParseObject(byte[] utf8, out JsonObject value, out string error)
        {
            value = null;
            if (utf8 == null || utf8.Length == 0)
            {
                error = "payload is empty";
                return false;
            }

            if (utf8.Length > MaxBytes)
            {
                error = "payload of " + utf8.Length.ToString() + " bytes exceeds " + MaxBytes.ToString();
                return false;
            }

            string text;
            try
            {
                text = Encoding.UTF8.GetString(utf8, 0, utf8.Length);
            }
            catch (Exception)
            {
                error = "payload is not valid UTF-8";
                return false;
            }

            return TryParseObject(text, out value, out error);
        }

        /// <summary>Parses a text that must hold one JSON object.</summary>
        public static bool TryParseObject(string text, out JsonObject value, out string error)
        {
            value = null;
            if (text == null)
            {
                error = "payload is empty";
                return false;
            }

            var reader = new JsonReader(text);
            try
            {
                reader.SkipWhitespace();
                if (reader.AtEnd)
                {
                    error = "payload is empty";
                    return false;
                }

                if (reader.Peek() != '{')
                {
                    error = reader.Describe("expected a JSON object");
                    return false;
                }

                value = reader.ReadObject();
                reader.SkipWhitespace();
                if (!reader.AtEnd)
                {
                    value = null;
                    error = reader.Describe("unexpected text after the object");
                    return false;
                }

                error = null;
                return true;
            }
            catch (JsonFormatException e)
            {
                value = null;
                error = e.Message;
                return false;
            }
        }

        private bool AtEnd
        {
            get { return _pos >= _text.Length; }
        }

        private char Peek()
        {
            return _text[_pos];
        }

        private object ReadValue()
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("unexpected end of input, expected a value");
            }

            var c = Peek();
            switch (c)
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    return ReadString();
                case 't':
                    ExpectWord("true");
                    return true;
                case 'f':
                    ExpectWord("false");
                    return false;
                case 'n':
                    ExpectWord("null");
                    return JsonNull.Value;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Fail("unexpected character '" + new string(c, 1) + "'");
            }
        }

        private JsonObject ReadObject()
        {
            Enter();
            _pos++; // '{'
            var result = new JsonObject();
            SkipWhitespace();
            if (!AtEnd && Peek() == '}')
            {
                _pos++;
                _depth--;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd || Peek() != '"')
                {
                    throw Fail("expected a property name in double quotes");
                }

                var name = ReadString();
                SkipWhitespace();
                if (AtEnd || Peek() != ':')
                {
                    throw Fail("expected ':' after property name \"" + name + "\"");
                }

                _pos++;
                result.Set(name, ReadValue());
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of input inside an object");
                }

                var c = Peek();
                _pos++;
                if (c == '}')
                {
                    _depth--;
                    return result;
                }

                if (c != ',')
                {
                    _pos--;
                    throw Fail("expected ',' or '}' in an object");
                }
            }
        }

        private ArrayList ReadArray()
        {
            Enter();
            _pos++; // '['
            var result = new ArrayList();
            SkipWhitespace();
            if (!AtEnd && Peek() == ']')
            {
                _pos++;
                _depth--;
                return result;
            }

            while (true)
            {
                result.Add(ReadValue());
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of input inside an array");
                }

                var c = Peek();
                _pos++;
                if (c == ']')
                {
                    _depth--;
                    return result;
                }

                if (c != ',')
                {
                    _pos--;
                    throw Fail("expected ',' or ']' in an array");
                }
            }
        }

        private string ReadString()
        {
            _pos++; // opening quote
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Fail("unterminated string");
                }

                var c = _text[_pos++];
                if (c == '"')
                {
                    return text.ToString();
                }

                if (c < ' ')
                {
                    _pos--;
                    throw Fail("control character in a string must be escaped");
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw Fail("unterminated escape in a string");
                }

                var e = _text[_pos++];
                switch (e)
                {
                    case '"':
                        text.Append('"');
                        break;
                    case '\\':
                        text.Append('\\');
                        break;
                    case '/':
                        text.Append('/');
                        break;
                    case 'b':
                        text.Append('\b');
                        break;
                    case 'f':
                        text.Append('\f');
                        break;
                    case 'n':
                        text.Append('\n');
                        break;
                    case 'r':
                        text.Append('\r');
                        break;
                    case 't':
                        text.Append('\t');
                        break;
                    case 'u':
                        text.Append(ReadHex4());
                        break;
                    default:
                        _pos--;
                        throw Fail("invalid escape '\\" + new string(e, 1) + "'");
                }
            }
        }

        private char ReadHex4()
        {
            if (_pos + 4 > _text.Length)
            {
                throw Fail("\\u escape needs four hex digits");
            }

            var code = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = HexValue(_text[_pos + i]);
                if (digit < 0)
                {
                    throw Fail("\\u escape needs four hex digits");
                }

                code = (code * 16) + digit;
            }

            _pos += 4;
            return (char)code;
        }

        private object ReadNumber()
        {
            var start = _pos;
            if (Peek() == '-')
            {
                _pos++;
            }

            var intStart = _pos;
            SkipDigits();
            var intDigits = _pos - intStart;
            if (intDigits == 0)
            {
                throw Fail("a number needs digits");
            }

            if (intDigits > 1 && _text[intStart] == '0')
            {
                throw Fail("a number must not have leading zeros");
            }

            var integral = true;
            if (!AtEnd && Peek() == '.')
            {
                integral = false;
                _pos++;
                var fracStart = _pos;
                SkipDigits();
                if (_pos == fracStart)
                {
                    throw Fail("a number needs digits after '.'");
                }
            }

            if (!AtEnd && (Peek() == 'e' || Peek() == 'E'))
            {
                integral = false;
                _pos++;
                if (!AtEnd && (Peek() == '+' || Peek() == '-'))
                {
                    _pos++;
                }

                var expStart = _pos;
                SkipDigits();
                if (_pos == expStart)
                {
                    throw Fail("a number needs digits in its exponent");
                }
            }

            var literal = _text.Substring(start, _pos - start);
            if (integral && intDigits <= 18)
            {
                long value = 0;
                for (var i = intStart; i < _pos; i++)
                {
                    value = (value * 10) + (_text[i] - '0');
                }

                return _text[start] == '-' ? -value : value;
            }

            double number;
            if (!double.TryParse(literal, out number))
            {
                throw Fail("number '" + literal + "' is out of range");
            }

            return number;
        }

        private void SkipDigits()
        {
            while (!AtEnd && Peek() >= '0' && Peek() <= '9')
            {
                _pos++;
            }
        }

        private void ExpectWord(string word)
        {
            if (_pos + word.Length > _text.Length || _text.Substring(_pos, word.Length) != word)
            {
                throw Fail("unexpected literal, expected " + word);
            }

            _pos += word.Length;
        }

        private void SkipWhitespace()
        {
            while (!AtEnd)
            {
                var c = Peek();
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _pos++;
            }
        }

        private void Enter()
        {
            _depth++;
            if (_depth > MaxDepth)
            {
                throw Fail("nesting deeper than " + MaxDepth.ToString());
            }
        }

        private JsonFormatException Fail(string what)
        {
            return new JsonFormatException(Describe(what));
        }

        private string Describe(string what)
        {
            return "invalid JSON at offset " + _pos.ToString() + ": " + what;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}

using System.Text;

namespace EdgeQueue.Firmware.Core.Json
{
    /// <summary>
    /// Writes one flat-or-nested JSON object, compact, UTF-8. Enough for the contract's device → hub
    /// messages; strings are escaped per RFC 8259 (quote, backslash, control characters), other
    /// characters, Polish letters included, are written as they are.
    /// </summary>
    public sealed class JsonWriter
    {
        private readonly StringBuilder _text = new StringBuilder(128);
        private bool _needComma;

        public JsonWriter BeginObject()
        {
            Separate();
            _text.Append('{');
            _needComma = false;
            return this;
        }

        public JsonWriter BeginObject(string name)
        {
            Name(name);
            _text.Append('{');
            _needComma = false;
            return this;
        }

        public JsonWriter EndObject()
        {
            _text.Append('}');
            _needComma = true;
            return this;
        }

        public JsonWriter Property(string name, string value)
        {
            Name(name);
            AppendString(_text, value);
            _needComma = true;
            return this;
        }

        public JsonWriter Property(string name, long value)
        {
            Name(name);
            _text.Append(value);
            _needComma = true;
            return this;
        }

        /// <summary>An array of strings.</summary>
        public JsonWriter Property(string name, string[] values)
        {
            Name(name);
            _text.Append('[');
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    _text.Append(',');
                }

                AppendString(_text, values[i]);
            }

            _text.Append(']');
            _needComma = true;
            return this;
        }

        public JsonWriter Property(string name, bool value)
        {
            Name(name);
            _text.Append(value ? "true" : "false");
            _needComma = true;
            return this;
        }

        /// <summary>Writes the property only when <paramref name="value"/> is not null (the contract leaves nulls out).</summary>
        public JsonWriter OptionalProperty(string name, string value)
        {
            if (value != null)
            {
                Property(name, value);
            }

            return this;
        }

        public override string ToString()
        {
            return _text.ToString();
        }

        public byte[] ToUtf8()
        {
            return Encoding.UTF8.GetBytes(_text.ToString());
        }

        /// <summary>Appends <paramref name="value"/> as a JSON string literal (null as <c>null</c>).</summary>
        public static void AppendString(StringBuilder text, string value)
        {
            if (value == null)
            {
                text.Append("null");
                return;
            }

            text.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"':
                        text.Append("\\\"");
                        break;
                    case '\\':
                        text.Append("\\\\");
                        break;
                    case '\n':
                        text.Append("\\n");
                        break;
                    case '\r':
                        text.Append("\\r");
                        break;
                    case '\t':
                        text.Append("\\t");
                        break;
                    case '\b':
                        text.Append("\\b");
                        break;
                    case '\f':
                        text.Append("\\f");
                        break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u");
                            text.Append(((int)c).ToString("x4"));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }

        private void Name(string name)
        {
            Separate();
            AppendString(_text, name);
            _text.Append(':');
        }

        private void Separate()
        {
            if (_needComma)
            {
                _text.Append(',');
            }
        }
    }
}

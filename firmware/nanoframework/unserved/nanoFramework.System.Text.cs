// Stand-in for the reference assembly of nanoFramework.System.Text 1.3.x, which the package source
// here does not serve: only what the portable core may use, each member a line of ../api-1x.txt
// (checked by CoreLibraryCompileTests), with nanoFramework's return types. Compiled against the real
// mscorlib of nanoFramework.CoreLibrary 1.17.11, never run. C# 7.3, no generics.
namespace System.Text
{
    public sealed class StringBuilder
    {
        public StringBuilder() { }
        public StringBuilder(int capacity) { }
        public StringBuilder(int capacity, int maxCapacity) { }
        public StringBuilder(string value) { }
        public StringBuilder(string value, int capacity) { }
        public StringBuilder(string value, int startIndex, int length, int capacity) { }

        public int Capacity { get { return 0; } set { } }
        public int Length { get { return 0; } set { } }
        public int MaxCapacity { get { return 0; } }
        public char this[int index] { get { return ' '; } set { } }

        public StringBuilder Append(bool value) { return this; }
        public StringBuilder Append(byte value) { return this; }
        public StringBuilder Append(char value) { return this; }
        public StringBuilder Append(char value, int repeatCount) { return this; }
        public StringBuilder Append(char[] value) { return this; }
        public StringBuilder Append(char[] value, int startIndex, int charCount) { return this; }
        public StringBuilder Append(double value) { return this; }
        public StringBuilder Append(short value) { return this; }
        public StringBuilder Append(int value) { return this; }
        public StringBuilder Append(long value) { return this; }
        public StringBuilder Append(object value) { return this; }
        public StringBuilder Append(sbyte value) { return this; }
        public StringBuilder Append(float value) { return this; }
        public StringBuilder Append(string value) { return this; }
        public StringBuilder Append(string value, int startIndex, int count) { return this; }
        public StringBuilder Append(ushort value) { return this; }
        public StringBuilder Append(uint value) { return this; }
        public StringBuilder Append(ulong value) { return this; }
        public StringBuilder AppendLine() { return this; }
        public StringBuilder AppendLine(string value) { return this; }
        public StringBuilder Clear() { return this; }
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) { return this; }
        public StringBuilder Insert(int index, string value, int count) { return this; }
        public StringBuilder Remove(int startIndex, int length) { return this; }
        public StringBuilder Replace(char oldChar, char newChar) { return this; }
        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count) { return this; }
        public StringBuilder Replace(string oldValue, string newValue) { return this; }
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count) { return this; }
        public override string ToString() { return string.Empty; }
        public string ToString(int startIndex, int length) { return string.Empty; }
    }

    public abstract class Encoding
    {
        protected Encoding() { }

        public static Encoding UTF8 { get { return null; } }

        public abstract byte[] GetBytes(string s);
        public abstract int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract char[] GetChars(byte[] bytes);
        public abstract char[] GetChars(byte[] bytes, int byteIndex, int byteCount);
        public abstract Decoder GetDecoder();
        public virtual string GetString(byte[] bytes, int index, int count) { return string.Empty; }
    }

    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() { }

        public override byte[] GetBytes(string s) { return null; }
        public override int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) { return 0; }
        public override char[] GetChars(byte[] bytes) { return null; }
        public override char[] GetChars(byte[] bytes, int byteIndex, int byteCount) { return null; }
        public override Decoder GetDecoder() { return null; }
    }

    public class Decoder
    {
        public Decoder() { }

        public virtual void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush,
            out int bytesUsed, out int charsUsed, out bool completed)
        {
            bytesUsed = 0;
            charsUsed = 0;
            completed = true;
        }
    }
}

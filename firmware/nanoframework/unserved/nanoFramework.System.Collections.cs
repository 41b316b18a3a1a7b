// Stand-in for the reference assembly of nanoFramework.System.Collections 1.5.x, which the package
// source here does not serve: only what the portable core may use, each member a line of
// ../api-1x.txt (checked by CoreLibraryCompileTests), with nanoFramework's return types. Compiled
// against the real mscorlib of nanoFramework.CoreLibrary 1.17.11, never run. C# 7.3, no generics.
namespace System.Collections
{
    public class Hashtable : ICollection, IEnumerable
    {
        public Hashtable() { }
        public Hashtable(int capacity) { }
        public Hashtable(int capacity, float loadFactor) { }

        public int Count { get { return 0; } }
        public bool IsFixedSize { get { return false; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public ICollection Keys { get { return null; } }
        public ICollection Values { get { return null; } }
        public object this[object key] { get { return null; } set { } }

        public void Add(object key, object value) { }
        public void Clear() { }
        public object Clone() { return this; }
        public bool Contains(object key) { return false; }
        public void CopyTo(Array array, int arrayIndex) { }
        public IEnumerator GetEnumerator() { return null; }
        public void Remove(object key) { }
    }
}

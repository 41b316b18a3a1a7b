using System.Collections;

namespace EdgeQueue.Firmware.Core.Json
{
    /// <summary>
    /// A parsed JSON object. Values are <see cref="string"/>, <see cref="long"/> (integers),
    /// <see cref="double"/> (other numbers), <see cref="bool"/>, <see cref="JsonObject"/>,
    /// <see cref="ArrayList"/> (arrays) or <see cref="JsonNull"/>. Duplicate names: the last one wins.
    /// </summary>
    public sealed class JsonObject
    {
        private readonly Hashtable _members = new Hashtable();
        private readonly ArrayList _names = new ArrayList();

        public int Count
        {
            get { return _names.Count; }
        }

        /// <summary>Member names in document order.</summary>
        public string[] Names
        {
            get { return (string[])_names.ToArray(typeof(string)); }
        }

        public bool Has(string name)
        {
            return _members.Contains(name);
        }

        /// <summary>The raw value, or null when the member is missing.</summary>
        public object Get(string name)
        {
            return _members[name];
        }

        internal void Set(string name, object value)
        {
            if (!_members.Contains(name))
            {
                _names.Add(name);
            }

            _members[name] = value;
        }
    }
}

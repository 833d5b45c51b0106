using System;
using System.Collections;
using System.Reflection;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// One step from a value to a part of it — a structure member, the first list element, a map entry or a map key —
    /// with the reference shape of the part, so the corpus can reach (and create) any member of a typed request.
    /// </summary>
    internal abstract class Step
    {
        protected Step(ReferenceShape shape) => Shape = shape;

        /// <summary>The shape of the part this step reaches.</summary>
        public ReferenceShape Shape { get; }

        public abstract string Path(string parent);

        public abstract object? Get(object container);

        public abstract void Set(object container, object? value);

        /// <summary>The CLR type the part has in <paramref name="container"/>.</summary>
        public abstract Type TypeIn(object container);
    }

    internal sealed class MemberStep : Step
    {
        public MemberStep(string name, ReferenceShape shape)
            : base(shape) => Name = name;

        public string Name { get; }

        public override string Path(string parent) => parent.Length == 0 ? Name : parent + "." + Name;

        public override object? Get(object container) => Property(container).GetValue(container);

        public override void Set(object container, object? value) => Property(container).SetValue(container, value);

        public override Type TypeIn(object container)
        {
            Type type = Property(container).PropertyType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }

        private PropertyInfo Property(object container) =>
            container.GetType().GetProperty(Name) ?? throw new InvalidOperationException($"{container.GetType().Name} has no property {Name}, which the model names.");
    }

    /// <summary>The first element of a list (created when the list is empty).</summary>
    internal sealed class ElementStep : Step
    {
        public ElementStep(ReferenceShape shape)
            : base(shape)
        {
        }

        public override string Path(string parent) => parent + "[0]";

        public override object? Get(object container) => ((IList)container).Count > 0 ? ((IList)container)[0] : null;

        public override void Set(object container, object? value)
        {
            var list = (IList)container;
            if (list.Count == 0)
            {
                list.Add(value);
            }
            else
            {
                list[0] = value;
            }
        }

        public override Type TypeIn(object container) => container.GetType().GetGenericArguments()[0];
    }

    /// <summary>The value of the map entry with a given key.</summary>
    internal sealed class EntryStep : Step
    {
        public EntryStep(string key, ReferenceShape shape)
            : base(shape) => Key = key;

        public string Key { get; }

        public override string Path(string parent) => parent + "['" + Key + "']";

        public override object? Get(object container) => ((IDictionary)container).Contains(Key) ? ((IDictionary)container)[Key] : null;

        public override void Set(object container, object? value) => ((IDictionary)container)[Key] = value;

        public override Type TypeIn(object container) => container.GetType().GetGenericArguments()[1];
    }

    /// <summary>A map key under test: the map is left with the one entry <see cref="Key"/>, whose value <see cref="Set"/> is given.</summary>
    internal sealed class KeyStep : Step
    {
        public KeyStep(string key, ReferenceShape keyShape, ReferenceShape valueShape)
            : base(keyShape)
        {
            Key = key;
            ValueShape = valueShape;
        }

        public string Key { get; }

        public ReferenceShape ValueShape { get; }

        public override string Path(string parent) => parent + "['" + Key + "']";

        public override object? Get(object container) => throw new InvalidOperationException("A map key is only ever the last step.");

        public override void Set(object container, object? value)
        {
            var map = (IDictionary)container;
            map.Clear();
            map[Key] = value;
        }

        /// <summary>The type of the entry's value.</summary>
        public override Type TypeIn(object container) => container.GetType().GetGenericArguments()[1];
    }
}

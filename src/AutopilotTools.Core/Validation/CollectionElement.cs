namespace AutopilotTools.Validation
{
    /// <summary>What a list element or map entry belongs to: the list or map, where it is, and which part of it the value is.</summary>
    public sealed class CollectionElement
    {
        public CollectionElement(CollectionPart part, string collectionPath, object collection)
        {
            Part = part;
            CollectionPath = collectionPath;
            Collection = collection;
        }

        public CollectionPart Part { get; }

        /// <summary>The member path of the list or map itself.</summary>
        public string CollectionPath { get; }

        /// <summary>The whole list or map (an IList or IDictionary).</summary>
        public object Collection { get; }
    }

    /// <summary>Which part of a collection a value is.</summary>
    public enum CollectionPart
    {
        ListMember,
        MapKey,
        MapValue,
    }
}

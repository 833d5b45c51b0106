namespace AutopilotTools.Model
{
    /// <summary>
    /// Copies every member of a model instance (and the members the model does not know) onto an instance of the
    /// same class or of a class derived from it: how an output object takes on the response it describes.
    /// </summary>
    internal static class ModelCopy
    {
        public static void Members<T>(T from, T to)
            where T : class
        {
            StructureInfo structure = StructureInfo.Of(typeof(T))
                ?? throw new System.ArgumentException($"{typeof(T).FullName} is not a model class.", nameof(from));
            foreach (StructureMember member in structure.Members)
            {
                member.Set(to, member.Get(from));
            }

            structure.AdditionalMembers?.SetValue(to, structure.AdditionalMembers.GetValue(from));
        }
    }
}

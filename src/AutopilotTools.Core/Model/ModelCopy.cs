namespace AutopilotTools.Model
{
    /// <summary>
    /// Copies every member of a model instance (and the members the model does not know) onto an instance of the
    /// same class or of a class derived from it: how an output object takes on the response it describes.
    /// </summary>
    public static class ModelCopy
    {
        /// <summary>
        /// Copies onto <paramref name="to"/> every member of <paramref name="from"/> that <typeparamref name="TTo"/> has
        /// under the same API name and type (a create request's members onto the describe document it makes); returns
        /// <paramref name="to"/>. Members only the source has (e.g. Tags) are left behind.
        /// </summary>
        public static TTo SameNamed<TFrom, TTo>(TFrom from, TTo to)
            where TFrom : class
            where TTo : class
        {
            StructureInfo source = StructureInfo.Of(typeof(TFrom)) ?? throw new System.ArgumentException($"{typeof(TFrom).FullName} is not a model class.", nameof(from));
            StructureInfo target = StructureInfo.Of(typeof(TTo)) ?? throw new System.ArgumentException($"{typeof(TTo).FullName} is not a model class.", nameof(to));
            foreach (StructureMember member in source.Members)
            {
                StructureMember? same = System.Linq.Enumerable.FirstOrDefault(target.Members, m => m.Name == member.Name && m.ValueType == member.ValueType);
                if (same != null && member.Get(from) is object value)
                {
                    same.Set(to, value);
                }
            }

            return to;
        }

        /// <summary>Copies every member (and the unknown ones) onto an instance of the same class or a derived one.</summary>
        internal static void Members<T>(T from, T to)
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

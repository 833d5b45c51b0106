using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// The members every stored resource with a status has (AutoML jobs, transform jobs, endpoints), each in a column of
    /// the same name in its table: what <see cref="SqliteStatusStore{TRecord}"/> lists, pages and writes back for all of them.
    /// </summary>
    internal interface IStatusRecord
    {
        string Name { get; }

        string Arn { get; }

        string Status { get; }

        DateTime CreationTime { get; }

        DateTime LastModifiedTime { get; }
    }
}

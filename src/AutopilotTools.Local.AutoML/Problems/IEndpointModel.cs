using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// A candidate's model loaded to answer InvokeEndpoint: bytes in, bytes out, in the media types it declares. The
    /// server negotiates the types (refusing others with the container's 415 and 406) before calling
    /// <see cref="Invoke"/>. Used from many requests at once.
    /// </summary>
    public interface IEndpointModel
    {
        /// <summary>The media types the model reads (lower case, no parameters).</summary>
        IReadOnlyList<string> ContentTypes { get; }

        /// <summary>The media types the model writes; the first is its default answer.</summary>
        IReadOnlyList<string> AcceptTypes { get; }

        /// <summary>Answers one request, already negotiated to one of <see cref="ContentTypes"/> and <see cref="AcceptTypes"/>.</summary>
        /// <exception cref="FormatException">The request cannot be read; the message says why (the container's 400).</exception>
        byte[] Invoke(ReadOnlyMemory<byte> body, string contentType, string accept);
    }
}

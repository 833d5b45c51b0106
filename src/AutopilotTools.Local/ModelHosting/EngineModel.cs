using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Problems;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// A candidate's model, loaded by its problem type's engine, answering an endpoint. Content negotiation is the
    /// container's: 415 for a content type the model does not read, 406 for an accept type it does not write (none,
    /// or <c>*/*</c>, means its default), 400 for a body it cannot read.
    /// </summary>
    internal sealed class EngineModel : ILoadedModel
    {
        private readonly IEndpointModel _model;
        private readonly string _directory;

        public EngineModel(IEndpointModel model, string directory)
        {
            _model = model;
            _directory = directory;
        }

        public Task<InvocationResult> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
        {
            string contentType = MediaType(request.ContentType) ?? _model.ContentTypes[0];
            if (!Contains(_model.ContentTypes, contentType))
            {
                throw new ModelInvocationException(415, $"Content type {request.ContentType} is not supported by this model; send {string.Join(" or ", _model.ContentTypes)}.");
            }

            string accept = Accept(request.Accept)
                ?? throw new ModelInvocationException(406, $"Accept type {request.Accept} is not supported by this model; ask for {string.Join(" or ", _model.AcceptTypes)}.");
            try
            {
                return Task.FromResult(new InvocationResult(_model.Invoke(request.Body, contentType, accept), accept));
            }
            catch (FormatException error)
            {
                throw new ModelInvocationException(400, error.Message, error);
            }
        }

        public void Dispose()
        {
            (_model as IDisposable)?.Dispose();
            DeleteQuietly(_directory);
        }

        /// <summary>Removes an unpacked model; a file still open elsewhere only leaves it for the next start's sweep.</summary>
        internal static void DeleteQuietly(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>The first of the accepted types this model writes; none or */* means the model's default.</summary>
        private string? Accept(string? header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                return _model.AcceptTypes[0];
            }

            foreach (string part in header.Split(','))
            {
                string? type = MediaType(part);
                if (type == "*/*")
                {
                    return _model.AcceptTypes[0];
                }

                if (type != null && Contains(_model.AcceptTypes, type))
                {
                    return type;
                }
            }

            return null;
        }

        private static string? MediaType(string? header)
        {
            string? type = header?.Split(';')[0].Trim().ToLowerInvariant();
            return string.IsNullOrEmpty(type) ? null : type;
        }

        private static bool Contains(IReadOnlyList<string> types, string type)
        {
            foreach (string known in types)
            {
                if (known == type)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>A model ready to answer invocations. Used from many requests at once; disposed when its endpoint stops serving it.</summary>
    internal interface ILoadedModel : IDisposable
    {
        /// <exception cref="ModelInvocationException">The model refused or failed the request (SageMaker Runtime's ModelError).</exception>
        Task<InvocationResult> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken);
    }

    /// <summary>An InvokeEndpoint request as the model sees it: the body and its Content-Type and Accept headers.</summary>
    internal sealed record InvocationRequest(ReadOnlyMemory<byte> Body, string? ContentType, string? Accept);

    /// <summary>What the model answered: the body and its content type.</summary>
    internal sealed record InvocationResult(byte[] Body, string ContentType);
}

using System;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>One operation the dispatcher can run: its name on the wire, its request model, and what runs it.</summary>
    internal sealed class SageMakerOperation
    {
        private readonly Func<object, CancellationToken, Task<object>> _invoke;

        private SageMakerOperation(string name, Type requestType, Func<object, CancellationToken, Task<object>> invoke)
        {
            Name = name;
            RequestType = requestType;
            _invoke = invoke;
        }

        public string Name { get; }

        public Type RequestType { get; }

        public Task<object> InvokeAsync(object request, CancellationToken cancellationToken) => _invoke(request, cancellationToken);

        public static SageMakerOperation Create<TRequest, TResponse>(string name, Func<TRequest, CancellationToken, Task<TResponse>> invoke)
            where TRequest : class
            where TResponse : class =>
            new SageMakerOperation(name, typeof(TRequest), async (request, cancellationToken) => await invoke((TRequest)request, cancellationToken));
    }
}

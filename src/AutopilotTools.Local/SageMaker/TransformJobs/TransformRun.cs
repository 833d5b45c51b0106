using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker.Endpoints;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// Runs one transform job: loads its model as endpoints load theirs (the transform's environment over the
    /// containers'), reads every input object, sends it whole (SplitType None) or in batches of lines (Line, up to
    /// MaxConcurrentTransforms requests at once), and writes the answers in input order to <c>&lt;key&gt;.out</c>
    /// under the output path, each answer on its own line when AssembleWith is Line. Objects already written stay
    /// when a later one fails or the job is stopped, as in SageMaker.
    /// </summary>
    internal sealed class TransformRun
    {
        private const int DefaultMaxPayloadInMB = 6;
        private const long BytesPerMB = 1024 * 1024;

        private readonly IResourceStore _models;
        private readonly IModelHost _host;
        private readonly LocalObjects _objects;
        private readonly string _workDirectory;

        public TransformRun(IResourceStore models, IModelHost host, LocalObjects objects, string workDirectory)
        {
            _models = models;
            _host = host;
            _objects = objects;
            _workDirectory = workDirectory;
        }

        /// <exception cref="TransformFailure">The job failed; the message is its FailureReason.</exception>
        public async Task RunAsync(DescribeTransformJobResponse job, CancellationToken cancellationToken)
        {
            TransformS3DataSource source = job.TransformInput!.DataSource!.S3DataSource!;
            IReadOnlyList<TransformInputObject> inputs = await TransformInputs.ResolveAsync(_objects, source, cancellationToken);
            S3Location output = S3Location.TryParse(job.TransformOutput!.S3OutputPath)!;
            if (!await _objects.BucketExistsAsync(output.Bucket, cancellationToken))
            {
                throw new TransformFailure($"The output bucket {output.Bucket} of S3OutputPath {job.TransformOutput.S3OutputPath} does not exist.");
            }

            using ILoadedModel model = await LoadAsync(job, cancellationToken);
            Directory.CreateDirectory(_workDirectory);
            foreach (TransformInputObject input in inputs)
            {
                string file = Path.Combine(_workDirectory, Guid.NewGuid().ToString("N") + ".out");
                try
                {
                    string contentType = await TransformObjectAsync(job, model, input, file, cancellationToken);
                    await _objects.PutFileAsync(output.Combine(input.RelativeKey + ".out"), file, contentType, cancellationToken);
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }

        private async Task<ILoadedModel> LoadAsync(DescribeTransformJobResponse job, CancellationToken cancellationToken)
        {
            ResourceRecord record = await _models.GetAsync(job.ModelName!, cancellationToken)
                ?? throw new TransformFailure($"Could not find model \"{job.ModelName}\".");
            List<ContainerDefinition> containers = DeploymentResolver.ContainersOf(Documents.Deserialize<DescribeModelOutput>(record.Document));
            foreach (ContainerDefinition container in containers)
            {
                // The container sees the transform's environment over its own, as in SageMaker.
                var environment = new Dictionary<string, string>(container.Environment ?? new Dictionary<string, string>());
                foreach (KeyValuePair<string, string> variable in job.Environment ?? new Dictionary<string, string>())
                {
                    environment[variable.Key] = variable.Value;
                }

                container.Environment = environment;
            }

            try
            {
                return await _host.LoadAsync(new HostedModel(record.Name, containers), cancellationToken);
            }
            catch (ModelLoadException error)
            {
                throw new TransformFailure($"Model {record.Name} could not be loaded: {error.Message}");
            }
        }

        /// <summary>Writes the answers for one object to <paramref name="file"/>; returns their content type.</summary>
        private async Task<string> TransformObjectAsync(DescribeTransformJobResponse job, ILoadedModel model, TransformInputObject input, string file, CancellationToken cancellationToken)
        {
            int maxPayloadInMB = job.MaxPayloadInMB ?? DefaultMaxPayloadInMB;
            // 0 is SageMaker's "no limit" (for streamed payloads).
            long maxPayload = maxPayloadInMB == 0 ? long.MaxValue : maxPayloadInMB * BytesPerMB;
            bool lines = job.TransformOutput!.AssembleWith == AssemblyType.Line;
            string contentType = job.TransformOutput.Accept ?? "application/octet-stream";
            await using var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            await using FileStream stream = _objects.OpenRead(input.Record);

            if (job.TransformInput!.SplitType != SplitType.Line)
            {
                if (input.Record.Size > maxPayload)
                {
                    throw new TransformFailure(
                        $"{input.Uri} is {input.Record.Size} bytes, more than MaxPayloadInMB allows in one request ({maxPayload} bytes); split it by Line or raise MaxPayloadInMB.");
                }

                var body = new MemoryStream();
                await stream.CopyToAsync(body, cancellationToken);
                InvocationResult result = await InvokeAsync(model, job, body.ToArray(), $"{input.Uri}", cancellationToken);
                await WriteAsync(output, result.Body, lines, cancellationToken);
                return result.ContentType;
            }

            int maxRecords = job.BatchStrategy == BatchStrategy.SingleRecord ? 1 : int.MaxValue;
            int concurrency = Math.Max(1, job.MaxConcurrentTransforms ?? 1);
            // Requests in flight, oldest first: answers are written in input order however they finish.
            var pending = new Queue<Task<InvocationResult>>();
            using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                await foreach (LineBatch batch in LineBatches.ReadAsync(stream, maxPayload, maxRecords, input.Uri, cancellationToken))
                {
                    if (pending.Count == concurrency)
                    {
                        contentType = await WriteNextAsync(pending, output, lines, cancellationToken);
                    }

                    pending.Enqueue(InvokeAsync(model, job, batch.Body, $"{batch.Lines} of {input.Uri}", abandon.Token));
                }

                while (pending.Count > 0)
                {
                    contentType = await WriteNextAsync(pending, output, lines, cancellationToken);
                }
            }
            catch
            {
                // The job ends here: the requests still running are called off and waited for, so none outlives the model.
                abandon.Cancel();
                await Task.WhenAll(pending.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
                throw;
            }

            return contentType;
        }

        private static async Task<string> WriteNextAsync(Queue<Task<InvocationResult>> pending, Stream output, bool lines, CancellationToken cancellationToken)
        {
            InvocationResult result = await pending.Dequeue();
            await WriteAsync(output, result.Body, lines, cancellationToken);
            return result.ContentType;
        }

        private static async Task<InvocationResult> InvokeAsync(ILoadedModel model, DescribeTransformJobResponse job, byte[] body, string what, CancellationToken cancellationToken)
        {
            // Off the reading loop, so that MaxConcurrentTransforms requests run at once.
            await Task.Yield();
            try
            {
                return await model.InvokeAsync(new InvocationRequest(body, job.TransformInput!.ContentType, job.TransformOutput!.Accept), cancellationToken);
            }
            catch (ModelInvocationException error)
            {
                throw new TransformFailure($"The model answered {error.StatusCode} for {what}: {error.Message}");
            }
        }

        /// <summary>Appends an answer; with AssembleWith Line each ends with a newline (added when the model sent none).</summary>
        private static async Task WriteAsync(Stream output, byte[] body, bool lines, CancellationToken cancellationToken)
        {
            await output.WriteAsync(body, cancellationToken);
            if (lines && body.Length > 0 && body[body.Length - 1] != (byte)'\n')
            {
                output.WriteByte((byte)'\n');
            }
        }
    }
}

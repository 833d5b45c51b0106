using System.Text;

namespace ModelGen;

/// <summary>The operation names with their request and response classes, and the typed client surface over them.</summary>
internal static class OperationWriter
{
    /// <summary>What an operation without an output shape returns: the service still answers with a JSON object.</summary>
    private const string EmptyResponse = "EmptyResponse";

    public static string WriteOperations(ServiceModel model)
    {
        var code = new StringBuilder(CSharpText.Header(model.Uid));
        code.Append("\nnamespace AutopilotTools.Model\n{\n    public static class SageMakerOperations\n    {\n");
        foreach (Operation op in model.Operations)
        {
            code.Append($"        public const string {op.Name} = {CSharpText.Literal(op.Name)};\n");
        }

        const string entry = "(string Name, System.Type Request, System.Type? Response)";
        code.Append("\n        /// <summary>Every operation with its request and response classes; Response is null when the model defines no output.</summary>\n");
        code.Append($"        public static readonly System.Collections.Generic.IReadOnlyList<{entry}> All = new {entry}[]\n        {{\n");
        foreach (Operation op in model.Operations)
        {
            string response = op.Output == null ? "null" : $"typeof({op.Output})";
            code.Append($"            ({op.Name}, typeof({op.Input}), {response}),\n");
        }

        code.Append("        };\n    }\n}\n");
        return code.ToString();
    }

    public static string WriteClient(ServiceModel model)
    {
        var api = new StringBuilder();
        var client = new StringBuilder();
        string separator = "";
        foreach (Operation op in model.Operations)
        {
            string input = "AutopilotTools.Model." + op.Input;
            string output = "AutopilotTools.Model." + (op.Output ?? EmptyResponse);
            string signature = $"System.Threading.Tasks.Task<{output}> {op.Name}Async({input} request, System.Threading.CancellationToken cancellationToken = default)";

            api.Append($"{separator}        {signature};\n");
            client.Append($"{separator}        public {signature}\n");
            client.Append($"            => InvokeOperationAsync<{input}, {output}>(AutopilotTools.Model.SageMakerOperations.{op.Name}, request, cancellationToken);\n");
            separator = "\n";
        }

        return CSharpText.Header(model.Uid) +
            "\nnamespace AutopilotTools.Client\n{\n" +
            "    public partial interface ISageMakerApi\n    {\n" + api + "    }\n\n" +
            "    public partial class SageMakerClient : ISageMakerApi\n    {\n" + client + "    }\n}\n";
    }
}

using System.Text;
using ModelGen;

// Usage: dotnet run --project tools/ModelGen -- <path-to-reference-dir> <repo-root>
// Reads the SageMaker service model by path (it is never copied into the repository): the Autopilot subset and,
// beside it, the additions (training and transform jobs), as one model. Then replaces the two generated folders
// with freshly written files. Output is sorted and uses \n line endings, so running it again
// on the same model gives byte-identical files.

string[] modelFiles = ["sagemaker-2017-07-24.autopilot-subset.json", "sagemaker-2017-07-24.additions.json"];
const string ModelFolder = "src/AutopilotTools.Core/Model/Generated";
const string ClientFolder = "src/AutopilotTools.Client/Generated";

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/ModelGen -- <path-to-reference-dir> <repo-root>");
    return 2;
}

string[] modelPaths = modelFiles.Select(file => Path.Combine(Path.GetFullPath(args[0]), file)).ToArray();
string repoRoot = Path.GetFullPath(args[1]);

// The generator deletes folders, so it insists the root really is this repository before touching anything.
foreach (string project in new[] { "src/AutopilotTools.Core/AutopilotTools.Core.csproj", "src/AutopilotTools.Client/AutopilotTools.Client.csproj" })
{
    if (!File.Exists(Path.Combine(repoRoot, project)))
    {
        Console.Error.WriteLine($"{repoRoot} is not the AutopilotTools repository root: {project} is missing.");
        return 2;
    }
}

foreach (string modelPath in modelPaths.Where(p => !File.Exists(p)))
{
    Console.Error.WriteLine($"Service model not found: {modelPath}");
    return 2;
}

ServiceModel model = ServiceModel.Load(modelPaths);
NameChecks.Check(model);

var notes = new List<string>();
var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
foreach (Shape shape in model.Shapes.Values.Where(s => s.IsModelClass))
{
    files.Add($"{ModelFolder}/{shape.Name}.g.cs", StructureWriter.Write(model, shape));
}

files.Add($"{ModelFolder}/Enums.g.cs", EnumWriter.Write(model, notes));
files.Add($"{ModelFolder}/ServiceShapes.g.cs", ShapeTableWriter.Write(model));
files.Add($"{ModelFolder}/SageMakerOperations.g.cs", OperationWriter.WriteOperations(model));
files.Add($"{ClientFolder}/SageMakerClient.Operations.g.cs", OperationWriter.WriteClient(model));
files.Add($"{ClientFolder}/WireJson.g.cs", WireJsonWriter.Write(model));

// Delete first so that a shape dropped from the model does not leave a stale class behind.
foreach (string folder in new[] { ModelFolder, ClientFolder })
{
    string path = Path.Combine(repoRoot, folder);
    if (Directory.Exists(path))
    {
        Directory.Delete(path, recursive: true);
    }

    Directory.CreateDirectory(path);
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
foreach ((string relativePath, string content) in files)
{
    File.WriteAllText(Path.Combine(repoRoot, relativePath), content, utf8);
}

Console.WriteLine($"{model.Uid}: {model.Shapes.Count} shapes, {model.Operations.Count} operations -> {files.Count} files.");
Console.WriteLine($"Skipped exception structures: {string.Join(", ", model.Shapes.Values.Where(s => s.IsException).Select(s => s.Name))}");
foreach (string note in notes)
{
    Console.WriteLine("Note: " + note);
}

return 0;

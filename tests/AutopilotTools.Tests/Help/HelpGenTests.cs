using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AutopilotTools.HelpGen;
using AutopilotTools.HelpGen.Writing;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// The generator behind the build's help step: the committed sources give exactly the MAML the build laid out,
    /// and each way the sources can disagree with the cmdlets is a problem that names the file, line and fix.
    /// </summary>
    public sealed class HelpGenTests
    {
        private static string ModuleAssembly => Path.Combine(RepoPaths.ModuleDirectory, "AutopilotTools.dll");

        [Fact]
        public void TheSourcesGiveByteForByteTheHelpTheBuildLaidOut()
        {
            HelpBuildResult result = HelpBuild.Run(ModuleAssembly, HelpSources.Directory);

            Assert.Empty(result.Problems);
            byte[] laidOut = File.ReadAllBytes(Path.Combine(RepoPaths.ModuleDirectory, "en-US", "AutopilotTools.dll-Help.xml"));
            Assert.True(laidOut.AsSpan().SequenceEqual(MamlWriter.ToBytes(result.Maml!)),
                "out/AutopilotTools/en-US/AutopilotTools.dll-Help.xml is not what docs/en-US gives now: build again (dotnet build) after changing the help sources.");
            Assert.Equal(MamlWriter.ToBytes(result.Maml!), MamlWriter.ToBytes(HelpBuild.Run(ModuleAssembly, HelpSources.Directory).Maml!));
        }

        [Fact]
        public void ACmdletWithoutAFileIsNamedWithTheFileToWrite()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => File.Delete(Path.Combine(docs, "Wait-AutoMLJob.md")));

            HelpProblem problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.MissingFile, problem.Code);
            Assert.Contains("Wait-AutoMLJob has no help source", problem.Message);
            Assert.Contains("Wait-AutoMLJob.md", problem.Message);
        }

        [Fact]
        public void AFileForNoCmdletIsAProblem()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs =>
                File.Copy(Path.Combine(docs, "Stop-AutoMLJob.md"), Path.Combine(docs, "Stop-AutoMLJobs.md")));

            Assert.Contains(problems, p => p.Code == ProblemCodes.UnknownCommand && p.Message.Contains("Stop-AutoMLJobs.md", StringComparison.Ordinal));
        }

        [Fact]
        public void AParameterTheCmdletLacksIsNamedWithItsLine()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Stop-AutoMLJob.md", text =>
                text.Replace("<!-- include: shared/ShouldProcessParameters.md -->", "### -Force\nStops without asking.\n\n<!-- include: shared/ShouldProcessParameters.md -->", StringComparison.Ordinal)));

            HelpProblem problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.UnknownParameter, problem.Code);
            Assert.Equal("Stop-AutoMLJob has no parameter -Force; remove its description (from Stop-AutoMLJob.md).", problem.Message);
            Assert.EndsWith("Stop-AutoMLJob.md", problem.Source!.File);
            Assert.True(problem.Source.Line > 1);
        }

        [Fact]
        public void AnUndocumentedParameterIsAProblem()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Stop-AutoMLJob.md", text =>
                Regex.Replace(text, @"### -PassThru\n.*?\n\n(?=<!--)", string.Empty, RegexOptions.Singleline)));

            HelpProblem problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.UndocumentedParameter, problem.Code);
            Assert.StartsWith("-PassThru of Stop-AutoMLJob is not documented", problem.Message);
        }

        [Fact]
        public void ParametersOfASharedFileMustBeIncludedWhereTheCmdletHasThem()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Wait-AutoMLJob.md", text =>
                text.Replace("<!-- include: shared/ConnectionParameters.md -->", string.Empty, StringComparison.Ordinal)));

            Assert.Equal(new[] { "Credential", "EndpointUrl", "ProfileName", "Region" }, problems.Select(p => Regex.Match(p.Message, @"^-(\w+)").Groups[1].Value).OrderBy(n => n));
            Assert.All(problems, p => Assert.Equal(ProblemCodes.UndocumentedParameter, p.Code));
        }

        [Fact]
        public void FewerThanTwoExamplesIsAProblem()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Stop-AutoMLJob.md", text =>
                Regex.Replace(text, @"### Example 2:.*?(?=## PARAMETERS)", string.Empty, RegexOptions.Singleline)));

            HelpProblem problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.TooFewExamples, problem.Code);
            Assert.Contains("Stop-AutoMLJob has 1 example(s); it needs at least 2", problem.Message);
        }

        [Fact]
        public void OutputsMustBeTheDeclaredOutputTypes()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Stop-AutoMLJob.md", text =>
                text.Replace("## OUTPUTS\n\n### AutopilotTools.AutoMLJob", "## OUTPUTS\n\n### AutopilotTools.AutoMLJobSummary", StringComparison.Ordinal)));

            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.Equal(ProblemCodes.TypeMismatch, p.Code));
            Assert.Contains(problems, p => p.Message.Contains("declares [OutputType] AutopilotTools.AutoMLJob", StringComparison.Ordinal));
        }

        [Fact]
        public void SyntaxAndParameterMetadataAreNotWrittenByHand()
        {
            IReadOnlyList<HelpProblem> problems = ProblemsAfter(docs => Edit(docs, "Stop-AutoMLJob.md", text => text
                .Replace("## DESCRIPTION", "## SYNTAX\n\n```\nStop-AutoMLJob [-AutoMLJobName] <AutoMLJobIdentity[]>\n```\n\n## DESCRIPTION", StringComparison.Ordinal)
                .Replace("### -PassThru\n", "### -PassThru\n\n```yaml\nType: SwitchParameter\n```\n\n", StringComparison.Ordinal)));

            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.Equal(ProblemCodes.Layout, p.Code));
        }

        [Fact]
        public void ProblemsReadAsMSBuildErrors()
        {
            var located = new HelpProblem(ProblemCodes.UnknownParameter, "Stop-AutoMLJob has no parameter -Force.", new HelpGen.Docs.SourceLine("/docs/en-US/Stop-AutoMLJob.md", 42));
            var general = new HelpProblem(ProblemCodes.MissingFile, "Wait-AutoMLJob has no help source.");

            Assert.Equal("/docs/en-US/Stop-AutoMLJob.md(42): error HELP003: Stop-AutoMLJob has no parameter -Force.", located.ToString());
            Assert.Equal("HelpGen: error HELP001: Wait-AutoMLJob has no help source.", general.ToString());
        }

        /// <summary>Runs the generator on a copy of the sources changed by <paramref name="change"/>.</summary>
        private static IReadOnlyList<HelpProblem> ProblemsAfter(Action<string> change)
        {
            string copy = TempDirectories.Create();
            try
            {
                foreach (string file in Directory.GetFiles(HelpSources.Directory, "*.md", SearchOption.AllDirectories))
                {
                    string target = Path.Combine(copy, Path.GetRelativePath(HelpSources.Directory, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }

                change(copy);
                HelpBuildResult result = HelpBuild.Run(ModuleAssembly, copy);
                Assert.Null(result.Maml);
                return result.Problems;
            }
            finally
            {
                TempDirectories.Remove(copy);
            }
        }

        private static void Edit(string docs, string file, Func<string, string> edit)
        {
            string path = Path.Combine(docs, file);
            string before = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            string after = edit(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>What `dotnet build` lays out at out/AutopilotTools/, and what importing it gives a session.</summary>
    public sealed class ModuleLayoutTests
    {
        [Theory]
        [InlineData("AutopilotTools.psd1")]
        [InlineData("AutopilotTools.dll")]
        [InlineData("AutopilotTools.Core.dll")]
        [InlineData("dependencies/AutopilotTools.Client.dll")]
        [InlineData("AutopilotTools.Format.ps1xml")]
        [InlineData("dependencies/AWSSDK.Core.dll")]
        [InlineData("dependencies/AWSSDK.S3.dll")]
        [InlineData("dependencies/AWSSDK.SSO.dll")]
        [InlineData("dependencies/AWSSDK.SSOOIDC.dll")]
        [InlineData("dependencies/AWSSDK.SecurityToken.dll")]
        [InlineData("System.Text.Json.dll")]
        [InlineData("en-US/about_AutopilotTools.help.txt")]
        [InlineData("en-US/AutopilotTools.dll-Help.xml")]
        public void TheModuleFolderHoldsEverythingItNeeds(string file) =>
            Assert.True(File.Exists(Path.Combine(RepoPaths.ModuleDirectory, file)), file + " is missing from " + RepoPaths.ModuleDirectory);

        [Fact]
        public void TheAwsSdkAndTheClientAreOnlyInTheDependencyFolder()
        {
            var besideTheManifest = Directory.GetFiles(RepoPaths.ModuleDirectory, "*.dll").Select(Path.GetFileName).ToList();

            Assert.DoesNotContain(besideTheManifest, name => name!.StartsWith("AWSSDK.", StringComparison.Ordinal) || name == "AutopilotTools.Client.dll");
        }

        /// <summary>
        /// The module's assembly loads in PowerShell's own context: were it to name an AWS SDK type or member, that
        /// context would bind it to whichever AWSSDK.Core another module loaded. Its references say whether it does.
        /// </summary>
        [Fact]
        public void TheModuleAssemblyNamesNoAwsSdkType()
        {
            using var file = File.OpenRead(Path.Combine(RepoPaths.ModuleDirectory, "AutopilotTools.dll"));
            using var pe = new System.Reflection.PortableExecutable.PEReader(file);
            System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);

            var referenced = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

            Assert.Contains("AutopilotTools.Client", referenced);
            Assert.DoesNotContain(referenced, name => name.StartsWith("AWSSDK", StringComparison.Ordinal));
        }

        /// <summary>What users see (parameter and output types) is never of an assembly in the module's own load context.</summary>
        [Fact]
        public void NoParameterOrOutputTypeComesFromAnIsolatedAssembly()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                foreach ($command in Get-Command -Module AutopilotTools) {
                    foreach ($parameter in $command.Parameters.Values) { '{0} -{1}: {2}' -f $command.Name, $parameter.Name, $parameter.ParameterType.Assembly.GetName().Name }
                    foreach ($output in $command.OutputType) { '{0} output: {1}' -f $command.Name, $output.Type.Assembly.GetName().Name }
                }").ThrowIfErrors();

            var isolated = Directory.GetFiles(Path.Combine(RepoPaths.ModuleDirectory, "dependencies"), "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
            var uses = result.Output.Select(o => o.ToString()).ToList();
            Assert.Contains(uses, use => use.EndsWith(": AutopilotTools.Core", StringComparison.Ordinal));
            Assert.DoesNotContain(uses, use => isolated.Contains(use.Substring(use.LastIndexOf(": ", StringComparison.Ordinal) + 2)));
        }

        [Fact]
        public void TheModuleDoesNotShipPowerShellItself() =>
            Assert.False(File.Exists(Path.Combine(RepoPaths.ModuleDirectory, "System.Management.Automation.dll")));

        [Fact]
        public void TheManifestIsExplicitAndStampedWithTheBuildVersion()
        {
            using var session = new PowerShellSession(importModule: false);

            RunResult result = session.RunScript("Test-ModuleManifest -Path $args[0]", RepoPaths.ModuleManifest).ThrowIfErrors();

            var manifest = (PSModuleInfo)result.Output.Single().BaseObject;
            Version assemblyVersion = AssemblyName.GetAssemblyName(Path.Combine(RepoPaths.ModuleDirectory, "AutopilotTools.dll")).Version!;
            Assert.Equal(new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build), manifest.Version);
            Assert.Equal(new Version(5, 1), manifest.PowerShellVersion);
            Assert.Equal(new[] { "Core", "Desktop" }, manifest.CompatiblePSEditions.OrderBy(e => e));
            string text = File.ReadAllText(RepoPaths.ModuleManifest);
            Assert.DoesNotContain("*", text.Split('\n').Where(line => line.Contains("ToExport")));
            Assert.Contains("AutopilotTools.Format.ps1xml", manifest.ExportedFormatFiles.Select(Path.GetFileName));
        }

        [Fact]
        public void EveryCmdletClassIsExportedAndNothingElse()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                $module = Get-Module AutopilotTools
                [pscustomobject]@{
                    Exported  = @($module.ExportedCommands.Keys)
                    Functions = $module.ExportedFunctions.Count
                    Aliases   = $module.ExportedAliases.Count
                    Classes   = @($module.ImplementingAssembly.GetTypes() |
                        Where-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
                        ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; ""$($a.VerbName)-$($a.NounName)"" })
                }").ThrowIfErrors();

            PSObject info = result.Output.Single();
            var exported = ((object[])info.Properties["Exported"].Value).Cast<string>().OrderBy(n => n).ToArray();
            var classes = ((object[])info.Properties["Classes"].Value).Cast<string>().OrderBy(n => n).ToArray();
            Assert.NotEmpty(classes);
            Assert.Equal(classes, exported);
            Assert.Equal(0, (int)info.Properties["Functions"].Value);
            Assert.Equal(0, (int)info.Properties["Aliases"].Value);
        }

        [Fact]
        public void EveryCmdletThatCallsTheServiceHasTheConnectionParametersAndEveryCmdletDeclaresItsOutput()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                foreach ($command in (Get-Command -Module AutopilotTools)) {
                    [pscustomobject]@{
                        Name       = $command.Name
                        Parameters = @($command.Parameters.Keys)
                        OutputType = @($command.OutputType).Count
                        CallsAws   = $command.ImplementingType.IsSubclassOf([AutopilotTools.Infrastructure.AutopilotCmdlet])
                    }
                }").ThrowIfErrors();

            Assert.Contains(result.Output, command => (bool)command.Properties["CallsAws"].Value);
            Assert.All(result.Output, command =>
            {
                var parameters = ((object[])command.Properties["Parameters"].Value).Cast<string>().ToArray();
                if ((bool)command.Properties["CallsAws"].Value)
                {
                    Assert.Superset(new[] { "Region", "ProfileName", "Credential", "EndpointUrl" }.ToHashSet(), parameters.ToHashSet());
                }

                Assert.True((int)command.Properties["OutputType"].Value > 0, command.Properties["Name"].Value + " declares no [OutputType]");
            });
        }

        /// <summary>Importing loads no AWS SDK into the session: it loads, when a cmdlet first needs it, in the module's own context.</summary>
        [Fact]
        public void TheManifestRequiresNoAssembly()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("(Get-Module AutopilotTools).RequiredAssemblies").ThrowIfErrors();

            Assert.Empty(result.Output);
        }

        [Fact]
        public void EveryVerbIsApproved()
        {
            var approved = typeof(System.Management.Automation.VerbsCommon).Assembly.GetTypes()
                .Where(t => t.Namespace == "System.Management.Automation" && t.Name.StartsWith("Verbs", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            using var session = new PowerShellSession();

            var verbs = session.RunScript("(Get-Command -Module AutopilotTools).Verb").ThrowIfErrors().Output.Select(o => o.ToString()).ToList();

            Assert.Contains("Deploy", approved);
            Assert.All(verbs, verb => Assert.Contains(verb, approved));
        }

        [Fact]
        public void EveryErrorIdHasAMessage()
        {
            XDocument resources = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "AutopilotTools", "Resources", "Strings.resx"));
            var keys = resources.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
            Type errorIds = Assembly.LoadFrom(Path.Combine(RepoPaths.ModuleDirectory, "AutopilotTools.dll")).GetType("AutopilotTools.Resources.ErrorIds", throwOnError: true)!;

            var ids = errorIds.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Contains(id, keys));
        }

        [Fact]
        public void RegionsAreTabCompleted()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                $line = 'Get-AutoMLJobV2 -Region eu-we'
                (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText").ThrowIfErrors();

            var matches = result.Output.Select(o => o.ToString()).ToArray();
            Assert.Contains("eu-west-1", matches);
            Assert.All(matches, m => Assert.StartsWith("eu-we", m));
        }
    }
}

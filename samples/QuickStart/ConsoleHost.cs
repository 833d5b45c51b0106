using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AutopilotTools.QuickStart
{
    /// <summary>
    /// Just enough of a console host for a script that does not ask questions: output and streams go to the
    /// console, progress becomes one line per change.
    /// </summary>
    internal sealed class ConsoleHost : PSHost
    {
        private readonly ConsoleUI _ui = new ConsoleUI();

        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override string Name => "AutopilotTools.QuickStart";

        public override PSHostUserInterface UI => _ui;

        public override Version Version => new Version(1, 0);

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode)
        {
        }

        private sealed class ConsoleUI : PSHostUserInterface
        {
            private readonly Dictionary<int, string> _lastProgress = new Dictionary<int, string>();
            private readonly RawUI _raw = new RawUI();

            public override PSHostRawUserInterface RawUI => _raw;

            public override void Write(string value) => Console.Write(value);

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Console.Write(value);

            public override void WriteLine(string value) => Console.WriteLine(value);

            public override void WriteErrorLine(string value) => Console.Error.WriteLine(value);

            public override void WriteDebugLine(string message) => Console.WriteLine("DEBUG: " + message);

            public override void WriteVerboseLine(string message) => Console.WriteLine("VERBOSE: " + message);

            public override void WriteWarningLine(string message) => Console.WriteLine("WARNING: " + message);

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
                string line = record.RecordType == ProgressRecordType.Completed ? null! : $"  {record.Activity}: {record.StatusDescription}";
                if (line != null && (!_lastProgress.TryGetValue(record.ActivityId, out string? last) || last != line))
                {
                    _lastProgress[record.ActivityId] = line;
                    Console.WriteLine(line);
                }
            }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

            public override string ReadLine() => throw new NotSupportedException();

            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();
        }

        private sealed class RawUI : PSHostRawUserInterface
        {
            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

            public override Size BufferSize { get; set; } = new Size(120, 9999);

            public override Coordinates CursorPosition { get; set; }

            public override int CursorSize { get; set; }

            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.White;

            public override bool KeyAvailable => false;

            public override Size MaxPhysicalWindowSize => new Size(120, 50);

            public override Size MaxWindowSize => new Size(120, 50);

            public override Coordinates WindowPosition { get; set; }

            public override Size WindowSize { get; set; } = new Size(120, 50);

            public override string WindowTitle { get; set; } = string.Empty;

            public override void FlushInputBuffer()
            {
            }

            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
        }
    }
}

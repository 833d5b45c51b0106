using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// A non-interactive host that records everything written to the console, at a fixed width, so that tests can
    /// assert what Out-Default renders (format views) exactly as a user's 120-column console would show it.
    /// </summary>
    public sealed class CapturingHost : PSHost
    {
        private readonly CapturingUserInterface _ui;

        public CapturingHost(int width = 120) => _ui = new CapturingUserInterface(width);

        public string Text => _ui.Text;

        public void ClearText() => _ui.Clear();

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override string Name => "AutopilotTools.Tests";

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

        private sealed class CapturingUserInterface : PSHostUserInterface
        {
            private readonly StringBuilder _text = new StringBuilder();
            private readonly FixedRawUserInterface _raw;

            public CapturingUserInterface(int width) => _raw = new FixedRawUserInterface(width);

            public string Text
            {
                get
                {
                    lock (_text)
                    {
                        return _text.ToString();
                    }
                }
            }

            public override PSHostRawUserInterface RawUI => _raw;

            /// <summary>Like a redirected console: the engine renders plain text, without ANSI styling.</summary>
            public override bool SupportsVirtualTerminal => false;

            public void Clear()
            {
                lock (_text)
                {
                    _text.Clear();
                }
            }

            public override void Write(string value) => Append(value);

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Append(value);

            public override void WriteLine(string value) => Append(value + "\n");

            public override void WriteErrorLine(string value) => Append(value + "\n");

            public override void WriteDebugLine(string message) => Append("DEBUG: " + message + "\n");

            public override void WriteVerboseLine(string message) => Append("VERBOSE: " + message + "\n");

            public override void WriteWarningLine(string message) => Append("WARNING: " + message + "\n");

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
            }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw Interactive();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw Interactive();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw Interactive();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw Interactive();

            public override string ReadLine() => throw Interactive();

            public override SecureString ReadLineAsSecureString() => throw Interactive();

            private static Exception Interactive() => new NotSupportedException("The test host is not interactive: a cmdlet prompted.");

            private void Append(string value)
            {
                // As a console host does: the engine leaves removing ANSI styling (per $PSStyle.OutputRendering and
                // the host's VT support) to the host.
                string text = GetOutputString(value, SupportsVirtualTerminal);
                lock (_text)
                {
                    _text.Append(text);
                }
            }
        }

        private sealed class FixedRawUserInterface : PSHostRawUserInterface
        {
            public FixedRawUserInterface(int width)
            {
                BufferSize = new Size(width, 9999);
                WindowSize = new Size(width, 50);
                MaxWindowSize = WindowSize;
                MaxPhysicalWindowSize = WindowSize;
            }

            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

            public override Size BufferSize { get; set; }

            public override Coordinates CursorPosition { get; set; }

            public override int CursorSize { get; set; }

            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.White;

            public override bool KeyAvailable => false;

            public override Size MaxPhysicalWindowSize { get; }

            public override Size MaxWindowSize { get; }

            public override Coordinates WindowPosition { get; set; }

            public override Size WindowSize { get; set; }

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

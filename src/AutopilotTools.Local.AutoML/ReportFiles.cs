namespace AutopilotTools.Local.AutoML
{
    /// <summary>A report written as JSON (for programs) and as self-contained HTML (for people).</summary>
    public sealed class ReportFiles
    {
        /// <summary>A report written to these two files.</summary>
        public ReportFiles(string jsonPath, string htmlPath)
        {
            JsonPath = jsonPath;
            HtmlPath = htmlPath;
        }

        /// <summary>The JSON report.</summary>
        public string JsonPath { get; }

        /// <summary>The same report as one HTML file with no external resources.</summary>
        public string HtmlPath { get; }
    }
}

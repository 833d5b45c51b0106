using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AutopilotTools.Inference;
using AutopilotTools.Infrastructure;
using AutopilotTools.Invoking;
using AutopilotTools.Model;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// -Path: what a file is depends on what the endpoint serves. A CSV file with a header is rows (tabular, text,
    /// forecasting history); an image classification endpoint takes each file whole. When the model does not say what
    /// it serves (an endpoint on AWS), a .csv file is rows and any other file is sent whole.
    /// </summary>
    public sealed partial class InvokeAutoMLEndpointCommand
    {
        /// <summary>The rows of the CSV files among -Path, by name; the other files are sent whole on the way.</summary>
        private IEnumerable<object> RowsOfFiles(IEnumerable<string> paths)
        {
            foreach (string file in ResolvedFiles(paths))
            {
                if (SendsWhole(file))
                {
                    SendFile(file);
                    continue;
                }

                foreach (object row in CsvTable.Read(File.ReadAllText(file)))
                {
                    yield return row;
                }
            }
        }

        private bool SendsWhole(string file)
        {
            string? served = InferenceResponseKey != null && InferenceResponseKey.Length > 0 ? null : Facts(EndpointName!).ProblemType;
            return served == AutoMLProblemTypeConfigName.ImageClassification
                || (served == null && !string.Equals(System.IO.Path.GetExtension(file), ".csv", StringComparison.OrdinalIgnoreCase));
        }

        private void SendFile(string file)
        {
            byte[] body;
            try
            {
                body = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.InferenceFileNotRead, ErrorCategory.ReadError, file, file, e.Message));
                return;
            }

            // Rows already gathered go first, so answers keep the order the files were given in.
            Flush();
            Send(body, new object[] { file }, MyInvocation.BoundParameters.ContainsKey(nameof(ContentType)) ? ContentType : ImageContentTypes.Of(file));
        }

        /// <summary>The files -Path names, wildcards resolved; a path naming nothing is an error, and the others go on.</summary>
        private IEnumerable<string> ResolvedFiles(IEnumerable<string> paths)
        {
            foreach (string given in paths)
            {
                IEnumerable<string> files;
                try
                {
                    files = GetResolvedProviderPathFromPSPath(given, out _);
                }
                catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException)
                {
                    WriteError(ErrorRecords.Create(e, ErrorIds.InferenceFileNotFound, ErrorCategory.ObjectNotFound, given, given, EndpointName));
                    continue;
                }

                foreach (string file in files)
                {
                    yield return file;
                }
            }
        }
    }
}

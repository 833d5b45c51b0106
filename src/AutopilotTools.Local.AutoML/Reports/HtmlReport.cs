using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace AutopilotTools.Local.AutoML.Reports
{
    /// <summary>
    /// A small HTML page builder: headings, paragraphs, tables and bars, every value encoded, styles inline, no
    /// scripts or external resources — the file opens anywhere, offline.
    /// </summary>
    internal sealed class HtmlReport
    {
        private readonly StringBuilder _body = new StringBuilder();
        private readonly string _title;

        public HtmlReport(string title) => _title = title;

        public HtmlReport Heading(string text)
        {
            _body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");
            return this;
        }

        public HtmlReport Paragraph(string text)
        {
            _body.Append("<p>").Append(Encode(text)).Append("</p>\n");
            return this;
        }

        public HtmlReport List(IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return this;
            _body.Append("<ul>");
            foreach (var item in list) _body.Append("<li>").Append(Encode(item)).Append("</li>");
            _body.Append("</ul>\n");
            return this;
        }

        public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            _body.Append("<table><thead><tr>");
            foreach (var h in header) _body.Append("<th>").Append(Encode(h)).Append("</th>");
            _body.Append("</tr></thead><tbody>\n");
            foreach (var row in rows)
            {
                _body.Append("<tr>");
                foreach (var cell in row) _body.Append("<td>").Append(Encode(cell)).Append("</td>");
                _body.Append("</tr>\n");
            }
            _body.Append("</tbody></table>\n");
            return this;
        }

        /// <summary>A table of labelled horizontal bars, scaled to the largest value.</summary>
        public HtmlReport Bars(IReadOnlyList<(string Label, double Value)> bars)
        {
            double max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
            _body.Append("<table>");
            foreach (var (label, value) in bars)
            {
                double width = max > 0 ? System.Math.Max(0, value / max * 100) : 0;
                _body.Append("<tr><td>").Append(Encode(label)).Append("</td><td class=\"bar\"><div style=\"width:")
                    .Append(width.ToString("0.#", CultureInfo.InvariantCulture)).Append("%\"></div></td><td>")
                    .Append(Encode(Number(value))).Append("</td></tr>\n");
            }
            _body.Append("</table>\n");
            return this;
        }

        public override string ToString() =>
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Encode(_title) + "</title>\n<style>" +
            "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}" +
            "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}" +
            "td.bar{width:240px}td.bar div{background:#4a7bd0;height:12px}" +
            "</style></head><body>\n<h1>" + Encode(_title) + "</h1>\n" + _body + "</body></html>\n";

        public static string Number(double? value) =>
            value is double v ? v.ToString("G6", CultureInfo.InvariantCulture) : "";

        private static string Encode(string text) => WebUtility.HtmlEncode(text);
    }
}

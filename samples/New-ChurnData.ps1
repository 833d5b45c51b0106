<#
.SYNOPSIS
    Defines New-ChurnData: a generated churn dataset with a real signal, for the quick start and the Pester suite.
.DESCRIPTION
    Dot-source it. New-ChurnData -path <csv> -count <rows> -seed <n> writes the CSV file (header
    tenure_months,monthly_charge,support_calls,plan,churn); the same seed gives the same rows.
#>

# Short tenure, many support calls and a monthly plan mean churn, with some noise.
function New-ChurnData([string] $path, [int] $count, [int] $seed) {
    $random = [System.Random]::new($seed)
    $plans = 'monthly', 'annual', 'two-year'
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('tenure_months,monthly_charge,support_calls,plan,churn')
    for ($i = 0; $i -lt $count; $i++) {
        $tenure = $random.Next(1, 72)
        $charge = [math]::Round(20 + $random.NextDouble() * 80, 2)
        $calls = $random.Next(0, 9)
        $plan = $plans[$random.Next(0, 3)]
        $score = 1.5 - 0.06 * $tenure + 0.35 * $calls + 0.01 * $charge + $(if ($plan -eq 'monthly') { 1.2 } else { -0.8 }) + ($random.NextDouble() - 0.5)
        $lines.Add(('{0},{1},{2},{3},{4}' -f $tenure, $charge.ToString([cultureinfo]::InvariantCulture), $calls, $plan, $(if ($score -gt 0) { 'yes' } else { 'no' })))
    }
    [System.IO.File]::WriteAllLines($path, $lines)
}

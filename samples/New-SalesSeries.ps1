<#
.SYNOPSIS
    Defines New-SalesSeries: a generated daily sales dataset of a few stores, for the forecasting quick start and the
    Pester suite.
.DESCRIPTION
    Dot-source it. New-SalesSeries -path <csv> -stores <n> -days <n> -seed <n> writes the CSV file (header
    store,day,sales), day by day, every store each day; the same seed gives the same rows. Each store has its own
    level and a slow trend, sells more at weekends (weekly seasonality) and has some noise, so a forecaster has
    something real to find.
#>

function New-SalesSeries([string] $path, [int] $stores = 3, [int] $days = 180, [int] $seed = 11, [datetime] $start = '2024-01-01') {
    $random = [System.Random]::new($seed)
    # A weekly shape, Monday to Sunday: quiet early in the week, busy at the weekend.
    $weekly = @{ Monday = 0.85; Tuesday = 0.9; Wednesday = 0.95; Thursday = 1.0; Friday = 1.15; Saturday = 1.35; Sunday = 1.2 }
    $levels = foreach ($s in 1..$stores) { 80 + 40 * $random.NextDouble() }
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('store,day,sales')
    for ($d = 0; $d -lt $days; $d++) {
        $date = $start.AddDays($d)
        for ($s = 0; $s -lt $stores; $s++) {
            $trend = 1 + 0.001 * $d * ($s + 1)
            $noise = 1 + 0.08 * ($random.NextDouble() - 0.5)
            $sales = [math]::Round($levels[$s] * $trend * $weekly[$date.DayOfWeek.ToString()] * $noise, 1)
            $lines.Add(('store-{0},{1:yyyy-MM-dd},{2}' -f ($s + 1), $date, $sales.ToString([cultureinfo]::InvariantCulture)))
        }
    }
    [System.IO.File]::WriteAllLines($path, $lines)
}

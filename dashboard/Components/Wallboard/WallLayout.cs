namespace ContactCenter.Dashboard.Components.Wallboard;

/// <summary>
/// How the wallboard grid is cut. On a wall TV (big) every cell must fit one screen, so the rows and
/// columns follow the number of cells; elsewhere columns flow with the width and the page scrolls.
/// </summary>
public sealed record WallLayout(int Rows, int Columns, string Style)
{
    public static WallLayout For(int cells, bool big)
    {
        if (!big) return new WallLayout(0, 0, "");
        var rows = cells switch { <= 4 => 1, <= 10 => 2, <= 18 => 3, _ => 4 };
        var columns = (int)Math.Ceiling(cells / (double)rows);
        return new WallLayout(rows, columns, $"--wall-rows: {rows}; --wall-columns: {columns}");
    }
}

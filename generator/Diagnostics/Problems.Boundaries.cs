namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    // The towns' local government codes and the map's boundaries: MS170–MS179
    public static Problem BadLocalGovernmentCode(string name, string value) => new(
        "MS170",
        $"{name}の団体コード「{value}」は全国地方公共団体コードではありません。総務省の一覧にある6桁（例: 盛岡市なら 032018。最後の1桁は検査数字）を書いてください。それまで{name}は境界を描かず、オープンデータのコードも空になります。",
        $"\"{value}\", the local government code of \"{name}\", is not a valid local government code (\"全国地方公共団体コード\"). Write its 6 digits from the national list (e.g. 032018; the last digit is a check digit). Until then no boundary is drawn for the town and its code in the open data is empty.");

    public static Problem BoundaryMissing(string name, string code, string file) => new(
        "MS171",
        $"{file} に、{name}（団体コード {code}）の境界がありません。同じ出典の、その都道府県のファイルか確かめてください（docs/new-region.md）。それまで{name}は役場の位置の点だけで描きます。",
        $"\"{file}\" has no boundary for \"{name}\" (code {code}). Check that it is the file of the right prefecture from the same source (docs/new-region.md). Until then the town is drawn as a dot at its office.");

    public static Problem PositionOutsideBoundary(string name, string latitude, string longitude) => new(
        "MS172",
        $"{name}の位置（緯度 {latitude}、経度 {longitude}）は、{name}の区域の外にあります。役場の緯度と経度を確かめて書き直してください（緯度と経度の入れ替え、桁の誤り）。",
        $"The position of \"{name}\" (latitude {latitude}, longitude {longitude}) lies outside the town's own area. Check the latitude and longitude of its office (swapped, or a digit wrong).");

    public static Problem BoundaryFileUnreadable(string file, string reason) => new(
        "MS173",
        $"{file} は TopoJSON として読めません（{reason}）。出典のファイルをそのまま置き直してください（docs/map.md）。それまで地図は役場の位置の点で描きます。",
        $"\"{file}\" cannot be read as TopoJSON ({reason}). Put the source's file back unchanged (docs/map.md). Until then the map is drawn as dots at the town offices.");
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>data/synonyms.csv is kept by staff: each mistake in a row is a diagnostic at its cell.</summary>
public sealed class SynonymDiagnosticsTests : SiteCopyTests
{
    private const string Synonyms = "data/synonyms.csv";

    private int AddRow(string row)
    {
        _site.Edit(Synonyms, text => text.TrimEnd('\n') + "\n" + row + "\n");
        return _site.LineOf(Synonyms, row);
    }

    [Fact]
    public void The_real_file_is_read_into_groups()
    {
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Contains(model!.Synonyms, g => g.Words.SequenceEqual(["IT", "ICT", "情報通信"]));
    }

    [Fact]
    public void A_site_without_the_file_has_no_synonyms()
    {
        File.Delete(_site.PathOf(Synonyms));
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Empty(model!.Synonyms);
    }

    [Fact]
    public void A_row_of_one_word_is_an_error()
    {
        var line = AddRow("ワーケーション,");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS150", Synonyms, line, "「ワーケーション」には語が1つしかありません", "\"ワーケーション\" is a single word");
        Assert.Null(model);
    }

    [Fact]
    public void A_word_in_two_groups_names_the_other_line()
    {
        var first = _site.LineOf(Synonyms, "IT、");
        var line = AddRow("DX、ICT");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS151", Synonyms, line, $"「ICT」は{first}行目のグループにもあります", $"\"ICT\" is also in the group on line {first}");
    }

    [Fact]
    public void A_word_with_a_symbol_inside_is_an_error()
    {
        var line = AddRow("ICT・IoT、デジタル");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS152", Synonyms, line, "「ICT・IoT」は記号をはさむため", "\"ICT・IoT\" has a symbol inside");
    }

    [Fact]
    public void The_same_word_twice_in_a_row_is_a_warning_even_in_other_kana()
    {
        var line = AddRow("ワーケーション、わーけーしょん、休暇型勤務");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS153", Synonyms, line, "「わーけーしょん」が同じ行に2回あります", "\"わーけーしょん\" is in this row twice", Severity.Warning);
        Assert.NotNull(model);
    }

    [Fact]
    public void A_town_name_is_a_warning_because_it_becomes_a_filter()
    {
        var line = AddRow("雫石、しずくいし町の事業");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS154", Synonyms, line, "「雫石」は市町村の名前です", "\"雫石\" is the name of a town", Severity.Warning);
    }

    [Fact]
    public void The_current_header_is_read_as_the_former_one_is()
    {
        // The fixture is a frozen copy with the former header 同じ意味の語 (The_real_file_is_read_into_groups): both names work.
        Assert.StartsWith("同じ意味の語,", File.ReadAllText(_site.PathOf(Synonyms)), StringComparison.Ordinal);
        _site.Edit(Synonyms, text => text.Replace("同じ意味の語,", "関連する語,", StringComparison.Ordinal));
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Contains(model!.Synonyms, g => g.Words.SequenceEqual(["IT", "ICT", "情報通信"]));
    }

    [Fact]
    public void A_file_without_its_column_is_an_error_at_its_start_asking_for_the_current_name()
    {
        _site.Write(Synonyms, "語\nIT、ICT\n");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS101", Synonyms, 1, "列「関連する語」がありません", "The column \"関連する語\" is missing");
        Assert.Empty(model?.Synonyms ?? []);
    }
}

namespace MoriokaSite.Model;

/// <summary>The marks of the source's 備考 column.</summary>
public enum Tag
{
    /// <summary>【新規】: to be started with the vision.</summary>
    New,

    /// <summary>【拡充】: an existing project to be expanded.</summary>
    Expanded,

    /// <summary>経済戦略: part of the 盛岡広域圏経済戦略.</summary>
    EconomicStrategy,

    /// <summary>専門部会: studied by the mayors' expert committee.</summary>
    ExpertCommittee,
}

namespace MoriokaSite.Search;

/// <summary>A word of the documents as written (インターンシップ), and how many documents hold it.</summary>
public readonly record struct VocabularyWord(string Word, int Documents);

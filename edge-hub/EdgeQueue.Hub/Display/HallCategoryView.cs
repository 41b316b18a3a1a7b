namespace EdgeQueue.Hub.Display;

/// <summary>One category on the hall screen: people waiting and whether tickets are issued now.</summary>
public sealed record HallCategoryView(string Prefix, string Name, int Waiting, bool Open);

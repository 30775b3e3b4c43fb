namespace PerfBot.Store;

/// <summary>
/// A store that cannot be used as configured — a malformed address, a file that is not a database, a target that is not
/// empty — told in one plain sentence that never carries a password. The command line prints it and exits 2.
/// </summary>
public sealed class StoreProblemException(string message, Exception? inner = null) : Exception(message, inner);

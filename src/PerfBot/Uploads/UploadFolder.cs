namespace PerfBot.Uploads;

/// <summary>
/// A private temporary folder for one file, deleted with it. The file keeps the name the officer gave it (without any
/// folder part), because the preview, the problems and the corrections all name it.
/// </summary>
public sealed class UploadFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-upload-").FullName;

    public string PathFor(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return Path.Combine(_folder, name.Length == 0 ? "file" : name);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

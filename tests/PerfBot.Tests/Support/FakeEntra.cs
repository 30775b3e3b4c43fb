using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PerfBot.Tests.Support;

/// <summary>
/// An Entra ID token endpoint on loopback (MSAL insists on https, so it serves a self-signed certificate the bot's
/// token client is told to trust). Issues one opaque token per request and counts them.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string Tenant = "bot-tenant";
    private LoopbackServer _server = null!;
    private int _issued;

    public X509Certificate2 Certificate { get; } = SelfSigned();
    public int TokensIssued => _issued;
    public IReadOnlyList<IFormCollection> Requests => _requests;
    private readonly List<IFormCollection> _requests = [];

    /// <summary>When set, the token endpoint answers with this instead (a redirect, say).</summary>
    public Func<HttpContext, IResult>? Answer { get; set; }

    public static async Task<FakeEntra> StartAsync()
    {
        var entra = new FakeEntra();
        entra._server = await LoopbackServer.StartAsync(app => app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            lock (entra._requests) entra._requests.Add(form);
            if (entra.Answer is { } answer) return answer(http);
            var n = Interlocked.Increment(ref entra._issued);
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = $"connector-token-{n}" });
        }), entra.Certificate);
        return entra;
    }

    public string Authority => _server.BaseUrl + Tenant;

    public bool Trusts(X509Certificate2? presented) => presented?.Thumbprint == Certificate.Thumbprint;

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel on Linux needs the key in an exportable, loaded form.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Certificate.Dispose();
    }
}

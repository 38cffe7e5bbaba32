using System.Net;
using System.Net.Sockets;
using System.Text;
using NascarDfs.App.Tests.Web;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>Issue 11 item 9: any loopback address serves at the URL printed; a request without a host name is a 400.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ServeHostTests
{
    [Fact(Timeout = 120_000)]
    public async Task Serve_OnAnotherLoopbackAddress_AnswersAtThePrintedUrl()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--host", "127.0.0.2"]);
        Assert.StartsWith("http://127.0.0.2:", server.Url);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/status")).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task EmptyHostHeader_IsABadRequest_NotAServerError()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        var uri = new Uri(server.Url);

        foreach (var path in new[] { "/", "/jobs", "/api/status" })
        {
            Assert.Equal("400", await RawStatusAsync(uri, $"GET {path} HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n"));
        }
    }

    /// <summary>Sends a request byte for byte (HttpClient always sends a host) and returns the status code of the answer.</summary>
    internal static async Task<string> RawStatusAsync(Uri server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync() ?? "";
        return status.Split(' ') is [_, var code, ..] ? code : status;
    }
}

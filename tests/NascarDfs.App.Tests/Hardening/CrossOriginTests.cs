using System.Net;
using System.Net.WebSockets;
using NascarDfs.App.Tests.Web;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>Issue 11 item 3: the Blazor circuit is not opened for a page of another origin, with or without --allow-remote.</summary>
[Collection(ProcessCollection.Name)]
public sealed class CrossOriginTests
{
    [Theory(Timeout = 120_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BlazorWebSocket_FromAnotherOrigin_Refused_FromOwnOrigin_Opens(bool allowRemote)
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, allowRemote ? ["--allow-remote"] : []);
        var hub = new Uri(server.Url.Replace("http://", "ws://", StringComparison.Ordinal) + "/_blazor");

        var evil = await ConnectAsync(hub, "https://evil.example", server.Token);
        Assert.Equal(HttpStatusCode.Forbidden, evil);

        var own = await ConnectAsync(hub, server.Url, server.Token);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, own);
    }

    [Fact(Timeout = 120_000)]
    public async Task BlazorGet_CrossSite_Refused()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_blazor?id=abc");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode); // a page itself is still a safe GET
    }

    private static async Task<HttpStatusCode> ConnectAsync(Uri hub, string origin, string? token)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        if (token is not null) socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await socket.ConnectAsync(hub, timeout.Token);
            return socket.HttpStatusCode;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }
}

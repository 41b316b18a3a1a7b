using Microsoft.Playwright;

namespace EdgeQueue.Testing;

/// <summary>
/// Headless Debian Chromium driven through Playwright's bundled driver (node, shipped in the NuGet
/// package): launch with a fresh profile, open a URL, wait for text or a selector, click, fill,
/// screenshot to PNG. Dispose closes the browser, kills any of its processes still alive (found by
/// the profile folder only this instance uses) and deletes the profile.
/// </summary>
public sealed class ChromiumRunner : IAsyncDisposable
{
    /// <summary>The flags every test browser runs with: headless, no sandbox (containers), no network of its own.</summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly TempDirectory _profile;
    private readonly ChromiumOptions _options;

    private ChromiumRunner(IPlaywright playwright, IBrowserContext context, IPage page, TempDirectory profile, ChromiumOptions options)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
        _options = options;
        Page = page;
    }

    /// <summary>Whether pages run scripts (<see cref="ChromiumOptions.JavaScriptEnabled"/>); the residents' no-script journey runs without.</summary>
    public bool RunsScripts => _options.JavaScriptEnabled;

    /// <summary>The Playwright page, for anything the small helpers below do not cover.</summary>
    public IPage Page { get; }

    public static async Task<ChromiumRunner> StartAsync(ChromiumOptions? options = null)
    {
        options ??= new ChromiumOptions();
        if (!File.Exists(options.ExecutablePath))
        {
            throw new FileNotFoundException(
                $"Chromium not found at {options.ExecutablePath}: install it with 'apt-get install -y chromium' (browsers are never downloaded)",
                options.ExecutablePath);
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var profile = new TempDirectory("chromium-profile");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = options.ExecutablePath,
                Headless = true,
                Args = Flags,
                Locale = options.Locale,
                TimezoneId = "Europe/Warsaw",
                ViewportSize = new ViewportSize { Width = options.ViewportWidth, Height = options.ViewportHeight },
                Timeout = (float)options.Timeout.TotalMilliseconds,
                AcceptDownloads = true,
                JavaScriptEnabled = options.JavaScriptEnabled,
                IsMobile = options.IsMobile,
                HasTouch = options.IsMobile,
            });
            context.SetDefaultTimeout((float)options.Timeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)options.Timeout.TotalMilliseconds);
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            return new ChromiumRunner(playwright, context, page, profile, options);
        }
        catch
        {
            playwright?.Dispose();
            KillLeftovers(profile.Path);
            profile.Dispose();
            throw;
        }
    }

    /// <summary>Opens the URL and waits until the page has loaded (<see cref="LoadedAsync"/>); returns the HTTP status.</summary>
    public async Task<int> OpenAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await LoadedAsync();
        return response?.Status ?? 0;
    }

    /// <summary>Waits until the text is visible somewhere on the page.</summary>
    public Task WaitForTextAsync(string text) =>
        Page.GetByText(text, new PageGetByTextOptions { Exact = false }).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

    public Task WaitForSelectorAsync(string selector) =>
        Page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

    /// <summary>
    /// Clicks a link or submit button and waits until the page it leads to is committed and loaded
    /// (<see cref="LoadedAsync"/>).
    /// </summary>
    public async Task ClickAsync(string selector)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == Page.MainFrame)
            {
                committed.TrySetResult();
            }
        }

        Page.FrameNavigated += OnNavigated;
        try
        {
            await Page.Locator(selector).First.ClickAsync();
            await committed.Task.WaitAsync(_options.Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"clicking {selector} on {Page.Url} led to no new page within {_options.Timeout.TotalSeconds:0} s");
        }
        finally
        {
            Page.FrameNavigated -= OnNavigated;
        }

        await LoadedAsync();
    }

    /// <summary>
    /// Waits for the document itself to say it has loaded (<c>document.readyState</c>, polled),
    /// not for Playwright's lifecycle events: on a starved machine (the test projects run side by
    /// side) Chromium 156 with Playwright 1.64 now and then never reported "load" or even
    /// "DOMContentLoaded" for a page whose network had gone idle, and the test waited out its 90 s
    /// (twice in three full runs on 2026-12-04, in different tests).
    /// </summary>
    private async Task LoadedAsync() =>
        await Page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new PageWaitForFunctionOptions { PollingInterval = 50 });

    public Task FillAsync(string selector, string value) => Page.Locator(selector).First.FillAsync(value);

    /// <summary>
    /// Runs axe-core (every rule, any impact) on the page as it is now and returns one line per
    /// violation: rule, impact, what it asks, and the elements it found. axe comes from npm
    /// (<c>tests/EdgeQueue.Testing.Browser/axe</c>, installed by <c>scripts/install-test-deps.sh</c>)
    /// and is evaluated through the DevTools protocol, which the pages' script policy does not block.
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        if (!RunsScripts)
        {
            // Evaluating in a page whose scripts are off never returns.
            throw new InvalidOperationException("axe runs inside the page, and this browser was started with JavaScript off");
        }

        var axe = RepositoryRoot.File("tests", "EdgeQueue.Testing.Browser", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
        {
            throw new FileNotFoundException($"axe-core is not installed at {axe}: run scripts/install-test-deps.sh (npm ci)", axe);
        }

        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        }

        return await Page.EvaluateAsync<string[]>(@"async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }");
    }

    public Task<string> TextAsync(string selector) => Page.Locator(selector).First.InnerTextAsync();

    /// <summary>Writes a PNG screenshot of the whole page (creating the folder) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string path, bool fullPage = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Type = ScreenshotType.Png });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _context.CloseAsync().WaitAsync(_options.Timeout);
        }
        catch (Exception error) when (error is TimeoutException or PlaywrightException)
        {
            // Killed below.
        }

        _playwright.Dispose();
        KillLeftovers(_profile.Path);
        _profile.Dispose();
    }

    /// <summary>Kills Chromium processes started with this instance's profile folder (unique per runner).</summary>
    private static void KillLeftovers(string profilePath)
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine.Contains(profilePath, StringComparison.Ordinal))
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill();
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, or not ours to read.
            }
        }
    }
}

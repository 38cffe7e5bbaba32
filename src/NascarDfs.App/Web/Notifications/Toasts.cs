using MudBlazor;

namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// How toasts behave everywhere (issue 13 defect 10): at the bottom right, away from the status menu and the grid's
/// actions; each closes by itself after a few seconds unless the pointer rests on it; at most three at once.
/// </summary>
internal static class Toasts
{
    /// <summary>How long a toast stays fully visible, in milliseconds (hovering pauses it).</summary>
    public const int VisibleMilliseconds = 4000;

    public static void Configure(SnackbarConfiguration snackbar)
    {
        snackbar.PositionClass = Defaults.Classes.Position.BottomRight;
        snackbar.VisibleStateDuration = VisibleMilliseconds;
        snackbar.ShowTransitionDuration = 200;
        snackbar.HideTransitionDuration = 400;
        snackbar.RequireInteraction = false;
        snackbar.ShowCloseIcon = true;
        snackbar.MaxDisplayedSnackbars = 3;
        snackbar.PreventDuplicates = false;
        snackbar.NewestOnTop = true;
    }
}

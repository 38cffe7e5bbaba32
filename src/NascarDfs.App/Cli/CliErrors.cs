using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>
/// The exit-code contract of every command: 0 ok, 1 bad input or infeasible request (a sentence, never a stack
/// trace), 2 usage, 130 cancelled by Ctrl+C.
/// </summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (InputFileException e)
        {
            return Fail(e.Message);
        }
        catch (InfeasibleRequestException e)
        {
            return Fail("Infeasible: " + e.Message);
        }
        catch (NascarDfs.Contests.Definitions.ContestException e)
        {
            return Fail(e.Message); // a contest that cannot be used, or lineups it cannot take
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message);
        }
        catch (IOException e) when (NascarDfs.Jobs.Stores.Sqlite.SqliteFailures.IsDiskFull(e))
        {
            return Fail("The disk is full, so the output could not be written: free some space and try again.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message); // an output folder that does not exist, a file we may not read or write
        }
        catch (OutOfMemoryException e)
        {
            return Fail("nascar-dfs ran out of memory: ask for fewer lineups, simulations or drivers, or close other programs.", e);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return Cancelled;
        }
    }

    /// <summary>Prints the sentence (through <see cref="JobHandlers.JsonProblem.Plain"/>: never a .NET type or parameter name).</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine("Error: " + JobHandlers.JsonProblem.Plain(message));
        return BadInput;
    }

    /// <summary>The sentence for the user; the exception behind it, stack trace and all, goes to the crash log only.</summary>
    public static int Fail(string message, Exception? cause) => Fail(cause is null ? message : message + CrashLog.Details(cause));
}

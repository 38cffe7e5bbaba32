using NascarDfs.App.Cli;

return await CommandTable.RunAsync(args);

namespace PerfBot.Indicators;

public enum Rag { Red, Amber, Green }

public enum Direction { Improving, Same, Worsening }

public enum Frequency { Monthly, Quarterly, Annual }

using System.Buffers.Binary;
using SkiaSharp;

namespace PerfBot.Tests.TeamsApp;

/// <summary>Teams rejects a package whose icons have the wrong size, and shows a non-white outline icon badly.</summary>
public class IconTests
{
    [Theory]
    [InlineData("manifest/color.png", 192)]
    [InlineData("manifest/outline.png", 32)]
    public void Icon_is_a_png_of_the_size_Teams_requires(string path, int size)
    {
        var bytes = File.ReadAllBytes(RepoTools.PathOf(path));

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var pixels = ReadPixels("manifest/outline.png");

        Assert.All(pixels.Where(p => p.Alpha > 0), p => Assert.Equal((255, 255, 255), (p.Red, p.Green, p.Blue)));
        Assert.Contains(pixels, p => p.Alpha == 0);
        Assert.Contains(pixels, p => p.Alpha == 255);
    }

    [Fact]
    public void Color_icon_is_opaque_with_a_white_glyph_on_the_accent_colour()
    {
        var pixels = ReadPixels("manifest/color.png");

        Assert.All(pixels, p => Assert.Equal(255, p.Alpha));
        Assert.Contains(pixels, p => p == new SKColor(0x1D, 0x4F, 0x91));
        Assert.Contains(pixels, p => p == SKColors.White);
    }

    private static SKColor[] ReadPixels(string path)
    {
        using var codec = SKCodec.Create(RepoTools.PathOf(path));
        using var bitmap = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
        return bitmap.Pixels;
    }
}

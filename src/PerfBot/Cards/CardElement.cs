using System.Text.Json.Serialization;

namespace PerfBot.Cards;

/// <summary>Anything that can sit in a card's body or in a container.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
public abstract record CardElement
{
    /// <summary>Needed only when an Action.ToggleVisibility targets the element.</summary>
    public string? Id { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }

    /// <summary>False hides the element until a toggle shows it; null leaves the default (visible).</summary>
    public bool? IsVisible { get; init; }
}

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }
public enum TextWeight { Lighter, Default, Bolder }
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
public enum HorizontalAlignment { Left, Center, Right }
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

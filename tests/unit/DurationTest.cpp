#include "core/Duration.h"
#include "core/Comparison.h"
#include "core/Unit.h"

#include <gtest/gtest.h>

using namespace cockpit;
using namespace std::chrono_literals;

TEST(Duration, ParsesEveryUnitAndSums)
{
    EXPECT_EQ(parseDuration(u"500ms"), Duration(500ms));
    EXPECT_EQ(parseDuration(u"10s"), Duration(10s));
    EXPECT_EQ(parseDuration(u"5m"), Duration(5min));
    EXPECT_EQ(parseDuration(u"72h"), Duration(72h));
    EXPECT_EQ(parseDuration(u"2d"), Duration(48h));
    EXPECT_EQ(parseDuration(u"3w"), Duration(21 * 24h));
    EXPECT_EQ(parseDuration(u"1h30m"), Duration(90min));
    EXPECT_EQ(parseDuration(u"0s"), Duration(0));
}

TEST(Duration, RejectsWhatIsNotADuration)
{
    for (const char16_t* text :
         {u"", u"5", u"m", u"5 m", u"2 days", u"-5m", u"5M", u"1.5h", u"5mm", u"h5", u"99999999999999999999s"}) {
        EXPECT_FALSE(parseDuration(QStringView(text)).has_value()) << QString::fromUtf16(text).toStdString();
    }
}

TEST(Duration, FormatsCanonicallyAndRoundTrips)
{
    EXPECT_EQ(formatDuration(90min), QStringLiteral("1h30m"));
    EXPECT_EQ(formatDuration(48h), QStringLiteral("2d"));
    EXPECT_EQ(formatDuration(21 * 24h), QStringLiteral("3w"));
    EXPECT_EQ(formatDuration(Duration(1500)), QStringLiteral("1s500ms"));
    EXPECT_EQ(formatDuration(Duration(0)), QStringLiteral("0s"));
    for (const char16_t* text : {u"500ms", u"10s", u"5m", u"72h", u"2d", u"3w", u"1h30m", u"8d"})
        EXPECT_EQ(formatDuration(*parseDuration(QStringView(text))), QString::fromUtf16(text));
}

TEST(Comparison, TokensRoundTripAndEvaluate)
{
    for (const char16_t* token : {u"eq", u"ne", u"lt", u"le", u"gt", u"ge", u"includes", u"one_of", u"stable"}) {
        const auto comparison = parseComparison(QStringView(token));
        ASSERT_TRUE(comparison.has_value());
        EXPECT_EQ(comparisonToken(*comparison), QString::fromUtf16(token));
    }
    EXPECT_FALSE(parseComparison(u"greater").has_value());
    EXPECT_TRUE(compareNumbers(6, Comparison::Greater, 5));
    EXPECT_FALSE(compareNumbers(5, Comparison::Greater, 5));
    EXPECT_TRUE(compareNumbers(5, Comparison::GreaterOrEqual, 5));
    EXPECT_TRUE(compareNumbers(0.09, Comparison::Less, 0.1));
    EXPECT_FALSE(compareNumbers(1, Comparison::Includes, 1));
    EXPECT_TRUE(isListComparison(Comparison::OneOf));
    EXPECT_FALSE(isScalarComparison(Comparison::Stable));
}

TEST(Comparison, VersionsCompareNumerically)
{
    EXPECT_GT(compareVersions(u"20.10", u"20.9"), 0);
    EXPECT_EQ(compareVersions(u"15", u"15.0"), 0);
    EXPECT_LT(compareVersions(u"2.0", u"2.0.1"), 0);
    EXPECT_GT(compareVersions(u"24.0.7", u"20.10"), 0);
}

TEST(Unit, FormatsAndConverts)
{
    EXPECT_EQ(formatWithUnit(500, Unit::Milliseconds), QStringLiteral("500 ms"));
    EXPECT_EQ(formatWithUnit(0.1, Unit::Percent), QStringLiteral("0.1%"));
    EXPECT_EQ(formatWithUnit(3, Unit::Multiplier), QStringLiteral("3\u00d7"));
    EXPECT_EQ(formatWithUnit(65536, Unit::Count), QStringLiteral("65536"));
    EXPECT_EQ(convertUnit(2, Unit::Seconds, Unit::Milliseconds), 2000.0);
    EXPECT_EQ(convertUnit(250, Unit::Milliseconds, Unit::Seconds), 0.25);
    EXPECT_FALSE(convertUnit(5, Unit::Percent, Unit::Milliseconds).has_value());
    EXPECT_EQ(parseUnit(u"percent"), Unit::Percent);
    EXPECT_FALSE(parseUnit(u"percentage").has_value());
}

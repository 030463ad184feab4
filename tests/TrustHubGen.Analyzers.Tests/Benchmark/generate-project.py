#!/usr/bin/env python3
"""Generates the analyzer benchmark project: FILES source files with CALLS_PER_FILE Trust Hub call sites each
(a mix of the call shapes users write: named and positional arguments, options objects, constants, a few mistakes).
Usage: generate-project.py <output-dir> [files=2000] [calls-per-file=5]"""
import os
import sys

out = sys.argv[1]
files = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
calls_per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 5
here = os.path.dirname(os.path.abspath(__file__))
stand_in = os.path.join(here, "..", "CiSample", "Twilio", "Twilio.csproj")

SHAPES = [
    'await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: Ids.Profile, channelEndpointType: "phone-number", channelEndpointSid: "PN{n:032x}");',
    'await TrustProductsChannelEndpointAssignmentResource.CreateAsync(Ids.Product, "phone-number", "PN{n:032x}");',
    'var product{i} = await TrustProductsResource.CreateAsync("CNAM {n}", "ops@example.com", Ids.Cnam);',
    'await TrustProductsEntityAssignmentsResource.CreateAsync(Ids.Product, Ids.Profile);',
    'var endUser{i} = await EndUserResource.CreateAsync("cnam", "cnam_information", new {{ cnam_display_name = "Acme {m}" }});',
    'var options{i} = new UpdateTrustProductsOptions(Ids.Product) {{ Status = "pending-review" }};',
    'await TrustProductsChannelEndpointAssignmentResource.CreateAsync(Ids.Product, "phone_number", Ids.Number);',
    'await TrustProductsResource.UpdateAsync(Ids.Product, status: "pending-review");',
]

os.makedirs(os.path.join(out, "src"), exist_ok=True)
with open(os.path.join(out, "Bench.csproj"), "w") as f:
    f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>$(NoWarn);TH1003;TH1004;TH1012;CS0219;CS1998</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="{stand_in}" />
    <Analyzer Include="$(TrustHubGenAnalyzerDir)/TrustHubGen.Analyzers.dll" />
    <Analyzer Include="$(TrustHubGenAnalyzerDir)/TrustHubGen.Policies.dll" />
  </ItemGroup>
</Project>
""")
with open(os.path.join(out, "Directory.Build.props"), "w") as f:
    f.write("<Project />\n")
with open(os.path.join(out, "Directory.Build.targets"), "w") as f:
    f.write("<Project />\n")
with open(os.path.join(out, "src", "Ids.cs"), "w") as f:
    f.write("""public static class Ids
{
    public const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string Profile = "BU0123456789abcdef0123456789abcdef";
    public const string Product = "BUfedcba9876543210fedcba9876543210";
    public static readonly string Number = "PN0123456789abcdef0123456789abcdef";
}
""")
n = 0
for file_index in range(files):
    lines = []
    for call in range(calls_per_file):
        shape = SHAPES[(file_index + call) % len(SHAPES)]
        lines.append("        " + shape.format(n=n + 1, i=call, m=n % 1000))
        n += 1
    body = "\n".join(lines)
    with open(os.path.join(out, "src", f"Flow{file_index:04}.cs"), "w") as f:
        f.write(f"""using System.Threading.Tasks;
using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.TrustProducts;
using Twilio.Rest.Trusthub.V1.CustomerProfiles;

public static class Flow{file_index:04}
{{
    public static async Task RunAsync()
    {{
{body}
    }}
}}
""")
print(f"{files} files, {n} Trust Hub call sites in {out}")

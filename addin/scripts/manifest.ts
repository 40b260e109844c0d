/**
 * The add-in-only XML manifest (perpetual Office, common in hospitals, reads only XML).
 * Custom functions run in the task pane's shared runtime: the Runtime, the functions Page
 * and the FunctionFile all use Taskpane.Url, or Excel would run the functions in a separate
 * runtime (on Mac they then show #NAME?). vi-VN overrides give the Vietnamese name,
 * descriptions and function metadata.
 */
export const ADDIN_ID = "6f0b3c7e-2a4d-4b8e-9c51-0c0a57c05e10";

/** Escapes text for an XML attribute. */
const attr = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Writes the manifest for an add-in served from `baseUrl` (HTTPS, no trailing slash).
 *
 * @throws Error when the URL is not HTTPS: Office loads add-ins over HTTPS only
 */
export function manifestXml(baseUrl: string, version: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== "https:") throw new Error(`the add-in URL must be https://, got ${baseUrl}`);
  const base = baseUrl.replace(/\/+$/, "");
  const u = (path: string): string => attr(`${base}/${path}`);
  // On one line in the manifest, as Office's own samples write it; listed here to keep the source narrow.
  const OFFICE_APP_ATTRIBUTES = [
    'xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
    'xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"',
    'xsi:type="TaskPaneApp"',
  ].join(" ");
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp ${OFFICE_APP_ATTRIBUTES}>
  <Id>${ADDIN_ID}</Id>
  <Version>${version}.0</Version>
  <ProviderName>costplan</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="costplan">
    <Override Locale="vi-VN" Value="costplan - Kế hoạch chi phí"/>
  </DisplayName>
  <Description DefaultValue="Budget and cost-structure planning for healthcare: exact money, cost allocation, service prices.">
    <Override Locale="vi-VN" Value="Lập kế hoạch ngân sách và cơ cấu chi phí y tế: tiền chính xác, phân bổ chi phí, giá dịch vụ."/>
  </Description>
  <IconUrl DefaultValue="${u("assets/icon-32.png")}"/>
  <HighResolutionIconUrl DefaultValue="${u("assets/icon-64.png")}"/>
  <SupportUrl DefaultValue="${u("taskpane.html")}"/>
  <AppDomains>
    <AppDomain>${attr(url.origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${u("taskpane.html")}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Taskpane.Url"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="CostplanGroup">
                <Label resid="Group.Label"/>
                <Icon>
                  <bt:Image size="16" resid="Icon.16"/>
                  <bt:Image size="32" resid="Icon.32"/>
                  <bt:Image size="80" resid="Icon.80"/>
                </Icon>
                <Control xsi:type="Button" id="CostplanTaskpaneButton">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16"/>
                    <bt:Image size="32" resid="Icon.32"/>
                    <bt:Image size="80" resid="Icon.80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>CostplanTaskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16" DefaultValue="${u("assets/icon-16.png")}"/>
        <bt:Image id="Icon.32" DefaultValue="${u("assets/icon-32.png")}"/>
        <bt:Image id="Icon.80" DefaultValue="${u("assets/icon-80.png")}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${u("taskpane.html")}"/>
        <bt:Url id="Functions.Script.Url" DefaultValue="${u("functions.js")}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${u("functions.json")}">
          <bt:Override Locale="vi-VN" Value="${u("functions.vi-VN.json")}"/>
        </bt:Url>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="COSTPLAN"/>
        <bt:String id="GetStarted.Title" DefaultValue="costplan is ready">
          <bt:Override Locale="vi-VN" Value="costplan đã sẵn sàng"/>
        </bt:String>
        <bt:String id="Group.Label" DefaultValue="costplan"/>
        <bt:String id="Button.Label" DefaultValue="Cost plan">
          <bt:Override Locale="vi-VN" Value="Kế hoạch chi phí"/>
        </bt:String>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Open the Cost plan pane on the Home tab; type =COSTPLAN. for the functions.">
          <bt:Override Locale="vi-VN" Value="Mở ngăn Kế hoạch chi phí trên thẻ Home; gõ =COSTPLAN. để dùng các hàm."/>
        </bt:String>
        <bt:String id="Button.Tooltip" DefaultValue="Create the input sheets, check them and run the cost plan.">
          <bt:Override Locale="vi-VN" Value="Tạo các trang nhập liệu, kiểm tra và chạy kế hoạch chi phí."/>
        </bt:String>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

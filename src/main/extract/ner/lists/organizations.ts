// Hand-written cue words (our own list): no organisation's name is listed here.

// A capitalised word from this list at the end of a name marks an organisation.
export const ORG_HEADS = `Party|Ministry|Department|University|College|Institute|Academy|School|Agency|Administration|Authority|Bureau|Commission|Committee|Council|Court|Congress|Parliament|Assembly|Senate|Diet|Cabinet|Government|Office|Corporation|Corp|Corp.|Company|Co|Co.|Inc|Inc.|Ltd|Ltd.|LLC|PLC|plc|AG|SA|GmbH|Group|Holdings|Bank|Fund|Foundation|Association|Society|Union|Federation|League|Alliance|Organization|Organisation|Forces|Force|Army|Navy|Guard|Police|Service|Services|Command|Times|Post|Journal|News|Press|Herald|Tribune|Gazette|Telegraph|Network|Broadcasting|Airlines|Airways|Motors|Industries|Systems|Technologies|Energy|Petroleum|Oil|Club|United|FC|F.C.|Rovers|City|Hospital|Church|Movement|Front|Coalition|Caucus|Board|Exchange|Reserve|Center|Centre|Council|Tribunal|Police|Brigade|Battalion|Regiment|Division`;


// Words that, after a place's name, make it a company's ("Tokyo Electric", "Osaka Gas", "Deutsche
// Bank"), matched as written; "City", "Island" or "Province" would make a place, so are not here.
export const COMPANY_WORDS = `Electric|Electronics|Power|Motor|Motors|Bank|Banking|Airlines|Airways|Gas|Steel|Telecom|Telecommunications|Petroleum|Oil|Energy|Chemical|Chemicals|Industries|Industrial|Holdings|Group|Corp|Corp.|Corporation|Co|Co.|Inc|Inc.|Ltd|Ltd.|PLC|Insurance|Railway|Railways|Securities|Pharmaceutical|Pharmaceuticals|Mining|Shipping|Shipbuilding|Semiconductor|Broadcasting|Investments|Utilities|Resources|Trading|Cement|Textiles`;

// The nouns newspapers, agencies and magazines are named with ("The Times", "The Washington Post").
export const PUBLICATION_WORDS =
  'Times|Post|Journal|Herald|Tribune|Sun|Telegraph|Guardian|Observer|Independent|Express|Mirror|Star|Chronicle|Gazette|Standard|Statesman|Economist|Globe|Mail|News|Review|Courier|Inquirer|Register|Record|Examiner|Bulletin|Monitor|Press|Dispatch|Daily|Weekly|Magazine';
// Those of them, and broadcasters' words, that end a paper's or a broadcaster's name after its town's or country's ("the
// Miami Herald", "Israel Radio"); not "Post", "Star", "News" or "Record", which end other things' names there too.
export const MEDIA_AFTER_PLACE = 'Herald|Tribune|Gazette|Chronicle|Sun|Times|Journal|Globe|Inquirer|Examiner|Courier|Telegraph|Observer|Mirror|Daily|Radio|Television|TV';
// One of them last in a name that opens with "The".
export const PUBLICATION = new RegExp(`\\s(?:${PUBLICATION_WORDS})$`);

// A word for a kind of company right before or after a name: "private bank Bamerindus", "oil and chemicals group Repsol",
// "Interacciones brokerage". Not words for people who trade ("broker", "trader"), nor "carrier" (ships).
export const KIND_OF_COMPANY = 'bank|brokerage|group|firm|company|airline|insurer|publisher|distributor|conglomerate|manufacturer|maker|retailer|utility|refiner|operator|chain|consortium|giant|lender';

// The words bodies' names are built on, before "of" or "for" ("Ministry of Defence", "Institute for the Study of War").
export const BODY_WORD = 'Ministry|Department|University|Institute|Academy|Agency|Bureau|Commission|Committee|Council|Office|Bank|Federation|Association|Society|Union|League|Organi[sz]ation|Court|Chamber|Board|Directorate|Secretariat';
